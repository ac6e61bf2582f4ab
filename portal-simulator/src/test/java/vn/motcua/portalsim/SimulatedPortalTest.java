package vn.motcua.portalsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated portal holds the province to the portal's side of the contract, over real HTTP. */
class SimulatedPortalTest {

    static final String UNIT = "000.17.22.H56";
    static final String CODE = "000.17.22.H56-261124-0001";

    /** A clock the test moves, to expire tokens and make dossiers overdue without waiting. */
    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T02:00:00Z"));

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    final MovableClock clock = new MovableClock();
    final HttpClient http = HttpClient.newHttpClient();
    SimulatedPortal portal;

    @BeforeEach
    void start() {
        portal = SimulatedPortal.start(0, new SimulatedPortal.Options("u", "p", Duration.ofMinutes(5), Duration.ofMillis(300), clock));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    HttpResponse<String> post(String path, String token, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(portal.url() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String login() throws Exception {
        String body = post("/api/v1/login", null, null, "{\"username\":\"u\",\"password\":\"p\"}").body();
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    static String dossier(String unit, String received) {
        return """
                {"MaDinhDanhDV":"%s","data":{"MaHoSo":"%s","MaTTHC":"1.004227.000.00.00.H56","TenTTHC":"Cấp GCN",
                 "ChuHoSo":"Nguyễn Văn An","LoaiDoiTuong":1,"MaDoiTuong":"001090012345","NgayTiepNhan":"%s",
                 "NgayHenTra":"20261208090000","TrangThaiHoSo":2,"HinhThuc":2,"DonViXuLy":"%s","TaiLieuNop":[],"DanhSachLePhi":[]}}"""
                .formatted(unit, CODE, received, unit);
    }

    static String progress(int status) {
        return """
                {"MaDinhDanhDV":"%s","data":{"MaHoSo":"%s","TrangThaiHoSo":%d,"NgayXuLy":"20261125090000"}}""".formatted(UNIT, CODE, status);
    }

    @Test
    void logInThenSyncOnceUnderAKey() throws Exception {
        assertThat(post("/api/v1/login", null, null, "{\"username\":\"u\",\"password\":\"wrong\"}").statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/DongBoHoSoMC", null, "k1", dossier(UNIT, "20261124090000")).statusCode()).isEqualTo(401);
        String token = login();
        assertThat(post("/api/v1/DongBoHoSoMC", token, "k1", dossier(UNIT, "20261124090000")).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/DongBoHoSoMC", token, "k1", dossier(UNIT, "20261124090000")).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/CapNhatTienDoHoSoMC", token, "k2", progress(4)).statusCode()).isEqualTo(200);
        assertThat(portal.received(CODE)).extracting(PortalRecords.Received::status).containsExactly(2, 4);
        clock.now.set(clock.now.get().plus(Duration.ofMinutes(6)));
        assertThat(post("/api/v1/CapNhatTienDoHoSoMC", token, "k3", progress(9)).statusCode()).as("expired token").isEqualTo(401);
    }

    @Test
    void refusesWhatThePortalCannotTake() throws Exception {
        String token = login();
        HttpResponse<String> badUnit = post("/api/v1/DongBoHoSoMC", token, "a", dossier("SKHCN", "20261124090000"));
        assertThat(badUnit.statusCode()).isEqualTo(400);
        assertThat(badUnit.body()).contains("MaDinhDanhDV");
        assertThat(post("/api/v1/DongBoHoSoMC", token, "b", dossier(UNIT, "2026-11-24")).body()).contains("yyyyMMddHHmmss");
        assertThat(post("/api/v1/CapNhatTienDoHoSoMC", token, "c", progress(4)).body()).contains("chưa được đồng bộ");
        assertThat(post("/api/v1/DongBoHoSoMC", token, null, dossier(UNIT, "20261124090000")).body()).contains("Idempotency-Key");
        post("/api/v1/DongBoHoSoMC", token, "d", dossier(UNIT, "20261124090000"));
        assertThat(post("/api/v1/CapNhatTienDoHoSoMC", token, "e", progress(11)).statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/DongBoDanhGia", token, "f", "{\"MaDinhDanhDV\":\"" + UNIT + "\",\"data\":{\"MaHoSo\":\"" + CODE
                + "\",\"MucDoHaiLong\":1}}").body()).contains("trạng thái 10");
        assertThat(portal.received(CODE)).hasSize(1);
    }

    @Test
    void failsWhenToldAndLooksUpWithThePublishedTimeLimit() throws Exception {
        String token = login();
        portal.fail(SimulatedPortal.FailureMode.ERROR_500, 2);
        assertThat(post("/api/v1/DongBoHoSoMC", token, "k", dossier(UNIT, "20261124090000")).statusCode()).isEqualTo(500);
        assertThat(post("/api/v1/DongBoHoSoMC", token, "k", dossier(UNIT, "20261124090000")).statusCode()).isEqualTo(500);
        assertThat(post("/api/v1/DongBoHoSoMC", token, "k", dossier(UNIT, "20261124090000")).statusCode()).isEqualTo(200);
        portal.fail(SimulatedPortal.FailureMode.TIMEOUT, 1);
        assertThat(post("/api/v1/CapNhatTienDoHoSoMC", token, "t", progress(4)).statusCode()).isEqualTo(504);
        String lookUp = "{\"MaDinhDanhDV\":\"" + UNIT + "\",\"data\":{\"MaHoSo\":\"" + CODE + "\"}}";
        assertThat(post("/api/v1/TraCuuHoSo", token, null, lookUp).body()).contains("\"QuaHan\":false");
        portal.publishTimeLimit("1.004227.000.00.00.H56", 2); // Tue 24 Nov + 2 working days = Thu 26 Nov
        clock.now.set(Instant.parse("2026-11-27T02:00:00Z"));
        token = login();
        String found = post("/api/v1/TraCuuHoSo", token, null, lookUp).body();
        assertThat(found).contains("\"QuaHan\":true", "\"HanXuLyTheoCong\":\"20261126090000\"", "\"ThoiHanGiaiQuyet\":2");
        portal.plantStatus(CODE, 10);
        assertThat(post("/api/v1/TraCuuHoSo", token, null, lookUp).body()).contains("\"TrangThaiHoSo\":10", "\"QuaHan\":false");
    }
}
