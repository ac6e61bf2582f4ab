package vn.motcua.dashboard.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.motcua.dashboard.followup.OverdueList;
import vn.motcua.dashboard.followup.PostalFollowUp;
import vn.motcua.dashboard.indicator.IndicatorQuery;
import vn.motcua.dashboard.indicator.Indicators;
import vn.motcua.dashboard.indicator.Rate;
import vn.motcua.dashboard.indicator.Scope;
import vn.motcua.dashboard.readmodel.Metric;

/** Every table of the dashboard, by name, as the page shows it and the CSV / XLSX exports write it. */
@ApplicationScoped
public class Tables {

    /** The tables: their names in URLs. */
    public enum Name {
        INDICATORS("chi-so", "Chỉ số chất lượng"),
        TREND("theo-thang", "Theo tháng"),
        UNITS("theo-don-vi", "Theo đơn vị"),
        CHANNELS("theo-kenh", "Theo kênh tiếp nhận"),
        OVERDUE("qua-han", "Hồ sơ quá hạn, sắp đến hạn"),
        POSTAL("buu-dien", "Điểm bưu điện"),
        POSTAL_STAFF("nhan-vien-buu-dien", "Nhân viên bưu điện");

        private final String fileName;
        private final String title;

        Name(String fileName, String title) {
            this.fileName = fileName;
            this.title = title;
        }

        public String fileName() {
            return fileName;
        }

        public String title() {
            return title;
        }
    }

    private final IndicatorQuery indicators;
    private final OverdueList overdue;
    private final PostalFollowUp postal;
    private final AgencyDirectory directory;

    public Tables(IndicatorQuery indicators, OverdueList overdue, PostalFollowUp postal, AgencyDirectory directory) {
        this.indicators = indicators;
        this.overdue = overdue;
        this.postal = postal;
        this.directory = directory;
    }

    public Table table(Name name, Scope scope, Period p, OffsetDateTime now) {
        return switch (name) {
            case INDICATORS -> indicatorTable(indicators.indicators(scope, p.from(), p.to(), now));
            case TREND -> sums(name, "Tháng", indicators.breakdown(scope, p.from(), p.to(), "to_char(day, 'YYYY-MM')"), Map.of());
            case UNITS -> sums(name, "Đơn vị", indicators.breakdown(scope, p.from(), p.to(), "agency_code"), names());
            case CHANNELS -> sums(name, "Kênh", indicators.breakdown(scope, p.from(), p.to(), "channel").stream()
                    .filter(r -> !r.key().isEmpty()).toList(), Map.of());
            case OVERDUE -> overdueTable(overdue.list(scope, now, 1000));
            case POSTAL -> postalTable(name, postal.rows(scope, p.from(), p.to(), false));
            case POSTAL_STAFF -> postalTable(name, postal.rows(scope, p.from(), p.to(), true));
        };
    }

    private Map<String, String> names() {
        Map<String, String> out = new java.util.HashMap<>();
        directory.all().forEach((code, a) -> out.put(code, a.name()));
        return out;
    }

    private static Table indicatorTable(Indicators i) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Tiếp nhận", i.received().total(), null, "hồ sơ tiếp nhận trong kỳ"));
        i.received().byChannel().forEach((ch, n) -> rows.add(row("Tiếp nhận - " + ch, n, null, "theo kênh")));
        rows.add(row("Đã giải quyết", i.done().total(), null, i.done().formula()));
        rows.add(row("Đã giải quyết trước hạn", i.done().early(), null, ""));
        rows.add(row("Đã giải quyết đúng hạn", i.done().onTime(), null, ""));
        rows.add(row("Đã giải quyết trễ hạn", i.done().late(), null, ""));
        rows.add(row("Đang giải quyết trong hạn", i.inProgress().withinDeadline(), null, "tại " + i.asOf()));
        rows.add(row("Đang giải quyết quá hạn", i.inProgress().pastDeadline(), null, "tại " + i.asOf()));
        rows.add(row("Tạm dừng (bổ sung, nghĩa vụ tài chính)", i.paused().total(), null, "trong số đang giải quyết"));
        rows.add(rate("Tỷ lệ đồng bộ lên Cổng DVCQG", i.portalSynced()));
        rows.add(rate("Tỷ lệ đúng hạn", i.onTimeRate()));
        rows.add(row("Thời gian giải quyết trung bình (ngày làm việc)", i.averageProcessingDays().value(), null,
                i.averageProcessingDays().formula()));
        rows.add(rate("Tỷ lệ hồ sơ trực tuyến", i.onlineShare()));
        rows.add(rate("Tỷ lệ thanh toán trực tuyến", i.paidOnline()));
        rows.add(rate("Tỷ lệ thành phần hồ sơ số hóa", i.digitisedComponents()));
        rows.add(rate("Tỷ lệ tái sử dụng dữ liệu số", i.reusedData()));
        rows.add(rate("Tỷ lệ kết quả điện tử", i.electronicResults()));
        rows.add(rate("Tỷ lệ hài lòng", i.satisfaction().satisfiedRate()));
        rows.add(row("Văn bản xin lỗi đã gửi", i.apologies().issued(), null, ""));
        rows.add(row("Trễ hạn chưa xin lỗi (đã giải quyết)", i.apologies().doneLateWithoutApology(), null, ""));
        rows.add(row("Quá hạn chưa xin lỗi (đang giải quyết)", i.apologies().overdueWithoutApology(), null, ""));
        rows.add(row("Điểm (Quyết định 766/QĐ-TTg)", i.score().earned(), i.score().available(), "trên số điểm đo được từ dữ liệu"));
        return new Table(Name.INDICATORS.fileName(), Name.INDICATORS.title(), List.of("Chỉ số", "Giá trị", "Mẫu số", "Cách tính"), rows);
    }

    private static List<Object> row(String label, Object value, Object denominator, String formula) {
        return Arrays.asList(label, value, denominator, formula);
    }

    private static List<Object> rate(String label, Rate r) {
        return Arrays.asList(label, r.value(), r.denominator(), r.numerator() + " ÷ " + r.denominator() + ": " + r.formula());
    }

    private static Table sums(Name name, String keyHeading, List<IndicatorQuery.Row> rows, Map<String, String> names) {
        List<String> headings = new ArrayList<>(List.of(keyHeading));
        if (!names.isEmpty()) {
            headings.add("Tên");
        }
        headings.addAll(List.of("Tiếp nhận", "Trực tuyến", "Trước hạn", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn (đã giải quyết)",
                "Thời gian TB (ngày làm việc)", "Xin lỗi", "Hài lòng", "Số đánh giá"));
        List<List<Object>> out = new ArrayList<>();
        for (IndicatorQuery.Row r : rows) {
            IndicatorQuery.Totals t = r.totals();
            long done = t.get(Metric.DONE_EARLY) + t.get(Metric.DONE_ON_TIME) + t.get(Metric.DONE_LATE);
            long rated = t.get(Metric.RATED_VERY_SATISFIED) + t.get(Metric.RATED_SATISFIED) + t.get(Metric.RATED_ACCEPTABLE)
                    + t.get(Metric.RATED_DISSATISFIED);
            List<Object> row = new ArrayList<>();
            row.add(r.key());
            if (!names.isEmpty()) {
                row.add(names.getOrDefault(r.key(), r.key()));
            }
            row.add(t.get(Metric.RECEIVED));
            row.add(t.get(Metric.RECEIVED_ONLINE));
            row.add(t.get(Metric.DONE_EARLY));
            row.add(t.get(Metric.DONE_ON_TIME));
            row.add(t.get(Metric.DONE_LATE));
            row.add(Rate.of(t.get(Metric.DONE_EARLY) + t.get(Metric.DONE_ON_TIME), done, "").value());
            row.add(done == 0 ? null : Math.round(t.get(Metric.PROCESSING_MINUTES) / (double) vn.motcua.calendar.OfficeHours.MINUTES_PER_WORKING_DAY
                    / done * 100) / 100.0);
            row.add(t.get(Metric.APOLOGIES));
            row.add(Rate.of(t.get(Metric.RATED_VERY_SATISFIED) + t.get(Metric.RATED_SATISFIED), rated, "").value());
            row.add(rated);
            out.add(row);
        }
        return new Table(name.fileName(), name.title(), headings, out);
    }

    private static Table overdueTable(List<OverdueList.Item> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverdueList.Item i : items) {
            rows.add(Arrays.asList(i.dossierCode(), i.agencyCode(), i.procedureName() != null ? i.procedureName() : i.procedureCode(),
                    i.assignee(), i.state(), i.dueAt() == null ? null : i.dueAt().toString(),
                    i.stage() == OverdueList.Stage.OVERDUE ? "Quá hạn" : "Sắp đến hạn", i.workingDaysLate(),
                    i.apologyIssued() ? "Đã xin lỗi" : "Chưa xin lỗi"));
        }
        return new Table(Name.OVERDUE.fileName(), Name.OVERDUE.title(), List.of("Mã hồ sơ", "Đơn vị", "Thủ tục", "Cán bộ xử lý",
                "Trạng thái", "Hạn giải quyết", "Tình trạng", "Số ngày làm việc quá hạn", "Xin lỗi"), rows);
    }

    private static Table postalTable(Name name, List<PostalFollowUp.Row> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (PostalFollowUp.Row r : items) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.desk(), r.deskName()));
            if (name == Name.POSTAL_STAFF) {
                row.add(r.staff());
            }
            row.addAll(Arrays.asList(r.received(), r.slipSupplement(), r.slipRefusal(), r.supplementInProcessing(),
                    r.supplementRate().value(), r.medianHandOverHours(), r.returnedByPost(), r.returnedByPostOnTime()));
            rows.add(row);
        }
        List<String> headings = new ArrayList<>(List.of("Mã điểm", "Tên điểm"));
        if (name == Name.POSTAL_STAFF) {
            headings.add("Nhân viên");
        }
        headings.addAll(List.of("Tiếp nhận", "Phiếu yêu cầu bổ sung", "Phiếu từ chối", "Bổ sung khi giải quyết",
                "Tỷ lệ phải bổ sung", "Trung vị thời gian chuyển (giờ)", "Trả kết quả qua bưu chính", "Trả qua bưu chính đúng hạn"));
        return new Table(name.fileName(), name.title(), headings, rows);
    }
}
