package vn.motcua.portalsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the simulated portal holds: every accepted call in arrival order, each dossier's current view, and the
 * national procedure database's published time limits. Validation is the portal's side of the contract: required
 * fields, codes in range, dates as {@code yyyyMMddHHmmss}, the unit's identifier well formed, no progress for a
 * dossier it has never received.
 */
public final class PortalRecords {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern UNIT = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    /** refused, withdrawn, done, returned: the portal counts no deadline for these */
    private static final Set<Integer> FINISHED = Set.of(3, 7, 9, 10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One accepted call. */
    public record Received(long seq, String operation, String dossierCode, int status, String idempotencyKey,
                    LocalDateTime receivedAt, JsonNode payload) {
        ObjectNode toJson() {
            ObjectNode n = JSON.createObjectNode();
            n.put("seq", seq);
            n.put("operation", operation);
            n.put("dossierCode", dossierCode);
            n.put("status", status);
            n.put("idempotencyKey", idempotencyKey);
            n.put("receivedAt", DATE.format(receivedAt));
            n.set("payload", payload);
            return n;
        }
    }

    /** The reply to a call: accepted or refused with the message; look-ups carry data. */
    record Answer(boolean accepted, String message, JsonNode data) {
        static Answer ok(String message) {
            return new Answer(true, message, null);
        }

        static Answer refused(String message) {
            return new Answer(false, message, null);
        }
    }

    private static final class DossierView {
        String unit;
        String procedureCode;
        LocalDateTime receivedAt;
        LocalDateTime appointmentAt;
        int status;
        LocalDateTime returnedAt;
    }

    private final Clock clock;
    private final List<Received> log = new ArrayList<>();
    private final Map<String, Received> byKey = new HashMap<>();
    private final Map<String, DossierView> dossiers = new HashMap<>();
    private final Map<String, Integer> publishedLimits = new HashMap<>();
    private int calls;

    PortalRecords(Clock clock) {
        this.clock = clock;
    }

    synchronized void countCall() {
        calls++;
    }

    synchronized int calls() {
        return calls;
    }

    synchronized Answer apply(String operation, String key, JsonNode body) {
        if (operation.equals("TraCuuHoSo")) {
            return lookUp(body.path("data").path("MaHoSo").asText(""));
        }
        if (key == null || key.isBlank()) {
            return Answer.refused("Thiếu Idempotency-Key");
        }
        Received earlier = byKey.get(key);
        if (earlier != null) {
            return earlier.operation().equals(operation) ? Answer.ok("Đã nhận trước đó (trùng khóa)")
                    : Answer.refused("Idempotency-Key " + key + " đã dùng cho " + earlier.operation());
        }
        String unit = body.path("MaDinhDanhDV").asText("");
        if (!UNIT.matcher(unit).matches()) {
            return Answer.refused("MaDinhDanhDV không hợp lệ: '" + unit + "'");
        }
        JsonNode d = body.path("data");
        String code = d.path("MaHoSo").asText("");
        if (code.isBlank()) {
            return Answer.refused("Thiếu MaHoSo");
        }
        String problem = switch (operation) {
            case "DongBoHoSoMC" -> dossier(unit, code, d);
            case "CapNhatTienDoHoSoMC" -> progress(code, d);
            case "DongBoDanhGia" -> rating(code, d);
            default -> "Không hỗ trợ " + operation;
        };
        if (problem != null) {
            return Answer.refused(problem);
        }
        Received r = new Received(log.size() + 1L, operation, code, dossiers.get(code).status, key,
                LocalDateTime.now(clock.withZone(VIETNAM)), d);
        log.add(r);
        byKey.put(key, r);
        return Answer.ok("Thành công");
    }

    private String dossier(String unit, String code, JsonNode d) {
        for (String f : List.of("MaTTHC", "TenTTHC", "ChuHoSo", "MaDoiTuong", "DonViXuLy")) {
            if (d.path(f).asText("").isBlank()) {
                return "Thiếu " + f;
            }
        }
        int type = d.path("LoaiDoiTuong").asInt(0);
        if (type != 1 && type != 2) {
            return "LoaiDoiTuong phải là 1 (công dân) hoặc 2 (doanh nghiệp, tổ chức)";
        }
        int channel = d.path("HinhThuc").asInt(0);
        if (channel < 1 || channel > 3) {
            return "HinhThuc phải là 1, 2 hoặc 3";
        }
        if (!d.path("TaiLieuNop").isArray() || !d.path("DanhSachLePhi").isArray()) {
            return "TaiLieuNop và DanhSachLePhi phải là danh sách";
        }
        LocalDateTime received = date(d, "NgayTiepNhan");
        LocalDateTime due = date(d, "NgayHenTra");
        if (received == null || due == null) {
            return "NgayTiepNhan và NgayHenTra phải có dạng yyyyMMddHHmmss";
        }
        int status = d.path("TrangThaiHoSo").asInt(0);
        if (status < 1 || status > 10) {
            return "TrangThaiHoSo phải từ 1 đến 10";
        }
        DossierView v = dossiers.computeIfAbsent(code, c -> new DossierView());
        v.unit = unit;
        v.procedureCode = d.path("MaTTHC").asText();
        v.receivedAt = received;
        v.appointmentAt = due;
        v.status = status;
        return null;
    }

    private String progress(String code, JsonNode d) {
        DossierView v = dossiers.get(code);
        if (v == null) {
            return "Hồ sơ " + code + " chưa được đồng bộ lên Cổng";
        }
        int status = d.path("TrangThaiHoSo").asInt(0);
        if (status < 1 || status > 10) {
            return "TrangThaiHoSo phải từ 1 đến 10";
        }
        if (date(d, "NgayXuLy") == null) {
            return "NgayXuLy phải có dạng yyyyMMddHHmmss";
        }
        if (d.hasNonNull("NgayHenTra") && date(d, "NgayHenTra") == null) {
            return "NgayHenTra phải có dạng yyyyMMddHHmmss";
        }
        if (status == 10 && date(d, "NgayTra") == null) {
            return "Hồ sơ đã trả kết quả phải có NgayTra dạng yyyyMMddHHmmss";
        }
        v.status = status;
        if (d.hasNonNull("NgayHenTra")) {
            v.appointmentAt = date(d, "NgayHenTra");
        }
        if (status == 10) {
            v.returnedAt = date(d, "NgayTra");
        }
        return null;
    }

    private String rating(String code, JsonNode d) {
        DossierView v = dossiers.get(code);
        if (v == null) {
            return "Hồ sơ " + code + " chưa được đồng bộ lên Cổng";
        }
        int level = d.path("MucDoHaiLong").asInt(0);
        if (level < 1 || level > 4) {
            return "MucDoHaiLong phải từ 1 đến 4";
        }
        if (v.status != 10) {
            return "Chỉ đánh giá hồ sơ đã trả kết quả (trạng thái 10), hiện tại " + v.status;
        }
        return null;
    }

    private Answer lookUp(String code) {
        DossierView v = dossiers.get(code);
        if (v == null) {
            return Answer.refused("Không tìm thấy hồ sơ " + code);
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("MaHoSo", code);
        n.put("MaDinhDanhDV", v.unit);
        n.put("MaTTHC", v.procedureCode);
        n.put("TrangThaiHoSo", v.status);
        n.put("NgayTiepNhan", DATE.format(v.receivedAt));
        n.put("NgayHenTra", DATE.format(v.appointmentAt));
        LocalDateTime due = portalDue(v);
        n.put("HanXuLyTheoCong", DATE.format(due));
        Integer published = publishedLimits.get(v.procedureCode);
        if (published != null) {
            n.put("ThoiHanGiaiQuyet", published);
        }
        n.put("QuaHan", !FINISHED.contains(v.status) && LocalDateTime.now(clock.withZone(VIETNAM)).isAfter(due));
        return new Answer(true, "Thành công", n);
    }

    /**
     * The due time the portal holds the dossier to: the received time plus the published limit when the national
     * procedure database has one (Mon–Fri; the simulator knows no holidays), else the appointment it was sent. The
     * portal ignores a paused clock: while a dossier waits for the applicant it keeps counting.
     */
    private LocalDateTime portalDue(DossierView v) {
        Integer days = publishedLimits.get(v.procedureCode);
        if (days == null) {
            return v.appointmentAt;
        }
        LocalDateTime t = v.receivedAt;
        int added = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return t;
    }

    synchronized void plant(String code, int status) {
        DossierView v = dossiers.get(code);
        if (v == null) {
            throw new IllegalArgumentException("unknown dossier " + code);
        }
        v.status = status;
    }

    synchronized void publishTimeLimit(String procedureCode, int workingDays) {
        publishedLimits.put(procedureCode, workingDays);
    }

    synchronized List<Received> received(String code) {
        return log.stream().filter(r -> r.dossierCode().equals(code)).toList();
    }

    synchronized List<Received> newest(int n) {
        return log.subList(Math.max(0, log.size() - n), log.size()).stream()
                .sorted(Comparator.comparingLong(Received::seq).reversed()).toList();
    }

    synchronized String page() {
        StringBuilder b = new StringBuilder("""
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
                <title>Cổng Dịch vụ công quốc gia (mô phỏng)</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left}</style>
                </head><body><h1>Cổng Dịch vụ công quốc gia — mô phỏng</h1>
                <p>Simulated National Public Service Portal: the newest calls the province's sync sent, refreshed every 5 s.
                JSON: <code>/received?dossierCode=…</code></p>
                <table><tr><th>#</th><th>Nhận lúc</th><th>Mã hồ sơ</th><th>Dịch vụ</th><th>Trạng thái</th></tr>
                """);
        for (Received r : newest(200)) {
            b.append("<tr><td>").append(r.seq()).append("</td><td>").append(DATE.format(r.receivedAt()))
                    .append("</td><td><a href=\"/received?dossierCode=").append(escape(r.dossierCode())).append("\">")
                    .append(escape(r.dossierCode())).append("</a></td><td>").append(escape(r.operation()))
                    .append("</td><td>").append(r.status()).append("</td></tr>\n");
        }
        return b.append("</table></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static LocalDateTime date(JsonNode d, String field) {
        String s = d.path(field).asText("");
        try {
            return s.length() == 14 ? LocalDateTime.parse(s, DATE) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
