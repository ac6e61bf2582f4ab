package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.Waits;

/**
 * The provincial dashboard over the running product: an online and a postal dossier of SKHCN counted from the events
 * under the right channel, unit, post office and clerk; a leader kept to their agency; the web page opened in Debian's
 * Chromium, logged in through Keycloak as leader1, its figures and charts the API's, its CSV export downloaded.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedStack.Extension.class)
class DashboardE2ETest {

    static final String PROCEDURE = "1.004227.000.00.00.H56";
    static SharedStack s;
    static String intake;
    static String dashboard;
    static String year;

    @BeforeAll
    static void stack() {
        s = SharedStack.get();
        intake = s.url("intake-service");
        dashboard = s.url("dashboard-service");
        year = String.valueOf(LocalDate.now(ZoneOffset.ofHours(7)).getYear());
    }

    @Test
    void theDashboardCountsTheDossiersAndShowsThemInTheBrowser() throws Exception {
        String leader = s.tokens().of("leader1");
        JsonPath before = indicators(leader);
        int postalBefore = postalReceived(s.tokens().of("province1"), "BDTP", "postal1");

        String citizen = s.tokens().of("citizen1");
        given().auth().oauth2(citizen).contentType(ContentType.JSON).body(JourneyE2ETest.complete(intake, citizen))
                .post(intake + "/api/v1/dossiers").then().statusCode(201);
        String postal = s.tokens().of("postal1");
        String body = DossierSubmissions.complete(intake, """
                {"procedureCode":"%s","applicant":{"type":"INDIVIDUAL","fullName":"Lê Thị Mai","citizenId":"035190004321",
                 "dateOfBirth":"1990-02-03","phone":"0987000111","address":"Thôn Đồng Sơn, xã Liêm Tuyền"}}""".formatted(PROCEDURE),
                PROCEDURE, () -> given().auth().oauth2(postal));
        body = body.substring(0, body.lastIndexOf('}')) + ",\"postal\":{\"itemCode\":\"EE223456789VN\",\"feeCollectedVnd\":25000}}";
        given().auth().oauth2(postal).contentType(ContentType.JSON).body(body).post(intake + "/api/v1/dossiers").then().statusCode(201);

        Waits.until("the dashboard counted both dossiers", () -> {
            JsonPath now = indicators(s.tokens().of("leader1"));
            return now.getInt("received.total") == before.getInt("received.total") + 2
                    && now.getInt("received.byChannel.ONLINE") == before.getInt("received.byChannel.ONLINE") + 1
                    && now.getInt("received.byChannel.POSTAL") == before.getInt("received.byChannel.POSTAL") + 1;
        });
        Waits.until("the post office and its clerk counted", () ->
                postalReceived(s.tokens().of("province1"), "BDTP", "postal1") == postalBefore + 1);

        // a leader sees their own agency only; a citizen not at all
        given().auth().oauth2(s.tokens().of("leader1")).queryParam("agency", "SVHTTDL").get(dashboard + "/api/v1/indicators")
                .then().statusCode(403);
        given().auth().oauth2(citizen).get(dashboard + "/api/v1/indicators").then().statusCode(403);

        JsonPath api = indicators(s.tokens().of("leader1"));
        JsonNode page = browser("leader1");
        assertThat(page.path("error").isMissingNode()).as(page.path("error").asText()).isTrue();
        assertThat(page.path("loginPage").asText()).contains("/realms/motcua/");
        assertThat(page.path("viewer").asText()).contains("leader1").contains("SKHCN");
        assertThat(page.path("received-total").asText()).isEqualTo(vietnamese(api.getInt("received.total")));
        assertThat(page.path("done-total").asText()).isEqualTo(vietnamese(api.getInt("done.total")));
        // the charts rendered with the API's numbers: the channels' doughnut and the months' received line
        JsonNode channels = page.path("charts").path("channels-chart");
        assertThat(channels.path("width").asInt()).isPositive();
        Map<String, Integer> byChannel = api.getMap("received.byChannel");
        assertThat(sum(channels.path("datasets").get(0).path("data"))).isEqualTo(api.getInt("received.total"));
        assertThat(channels.path("datasets").get(0).path("data").get(2).asInt()).isEqualTo(byChannel.get("POSTAL"));
        JsonNode trend = page.path("charts").path("trend-chart");
        JsonNode received = null;
        for (JsonNode d : trend.path("datasets")) {
            if (d.path("label").asText().equals("Tiếp nhận")) {
                received = d.path("data");
            }
        }
        assertThat(received).isNotNull();
        assertThat(sum(received)).isEqualTo(api.getInt("received.total"));
        assertThat(page.path("csvName").asText()).startsWith("chi-so_" + year);
        assertThat(page.path("csv").asText()).contains("Tiếp nhận," + api.getInt("received.total") + ",");
        assertThat(page.path("phoneOverflow").asBoolean()).as("the page fits a phone's width").isFalse();
    }

    private static JsonPath indicators(String token) {
        return given().auth().oauth2(token).queryParam("period", year).get(dashboard + "/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath();
    }

    private static int postalReceived(String token, String desk, String staff) {
        List<Map<String, Object>> rows = given().auth().oauth2(token).queryParam("period", year).queryParam("by", "staff")
                .get(dashboard + "/api/v1/follow-up/postal").then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().filter(r -> desk.equals(r.get("desk")) && staff.equals(r.get("staff")))
                .mapToInt(r -> ((Number) r.get("received")).intValue()).sum();
    }

    /** Runs tools/browser/dashboard-check.mjs (Playwright driving /usr/bin/chromium) and reads what it saw. */
    private static JsonNode browser(String user) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("motcua.root", "..")).toAbsolutePath();
        Path out = Path.of("target/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder("node", "dashboard-check.mjs").directory(root.resolve("tools/browser").toFile())
                .redirectError(out.resolve("browser.log").toFile());
        pb.environment().putAll(Map.of("DASHBOARD_URL", dashboard + "/", "USERNAME", user, "PASSWORD", user, "OUT_DIR", out.toString()));
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the browser check ends").isTrue();
        assertThat(stdout).as("the browser check's report (stderr in target/screenshots/browser.log)").isNotBlank();
        return new ObjectMapper().readTree(stdout);
    }

    private static String vietnamese(int n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(n);
    }

    private static int sum(JsonNode values) {
        int total = 0;
        for (JsonNode v : values) {
            total += v.asInt();
        }
        return total;
    }
}
