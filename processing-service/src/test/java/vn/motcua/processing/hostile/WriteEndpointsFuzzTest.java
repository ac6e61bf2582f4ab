package vn.motcua.processing.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.processing.support.CaseFixtures;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.fuzz.WriteEndpointFuzz;
import vn.motcua.testsupport.fuzz.WriteEndpointFuzz.Endpoint;

/**
 * Random, malformed and hostile JSON at every JSON write endpoint of processing, and hostile values in every query
 * parameter of its reads: only 2xx or 4xx problem+json come back, and a refused request leaves every table as it was.
 */
@QuarkusTest
class WriteEndpointsFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int VARIANTS = Integer.getInteger("fuzz.variants", 120);
    static final String TABLES = "dossier_case, case_log, case_apology, result_document, case_component, calendar_schedule, "
            + "calendar_entry, calendar_audit, outbox_event";

    /** Values no query parameter should answer with a 5xx. */
    static final List<String> HOSTILE_PARAMS = List.of("", " ", "abc", "-1", "0", "2.5", "99999999999999999999", "9999",
            "9999-12-31", "9999-12-31T23:59:59+07:00", "+999999999-12-31T23:59:59Z", "0000-01-01", "2026-02-30",
            "2026-11-24T09:00", "25:99", "\u00a0", "%", "'", "🙂", "a".repeat(5000));

    @Inject
    EntityManager em;

    @Inject
    CaseFixtures fixtures;

    static Supplier<RequestSpecification> as(String user, String agency, String role) {
        return () -> given().header("Authorization", TestTokens.bearer(user, agency, role));
    }

    long rows() {
        String sum = java.util.Arrays.stream(TABLES.split(",\\s*")).map(t -> "(SELECT count(*) FROM " + t + ")")
                .reduce((a, b) -> a + " + " + b).orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("SELECT " + sum).getSingleResult()).longValue());
    }

    @Test
    void everyWriteEndpointAnswers2xxOr4xxProblemAndStoresNothingWhenItRefuses() {
        var leader = as("leader1", "SKHCN", "leader");
        var specialist = as("specialist1", "SKHCN", "specialist");
        var admin = as("admin1", null, "admin");
        String started = fixtures.openFresh();
        String startedToo = fixtures.openFresh();
        String fresh = fixtures.openFresh();
        String late = fixtures.openFresh();
        OffsetDateTime newDue = fixtures.calc().plusWorkingMinutes(CaseFixtures.load(late).dueAt, 5 * 480);
        String apology = """
                {"reason":"Cần xin ý kiến Bộ Khoa học và Công nghệ","newDueAt":"%s",
                 "signerName":"Trần Thị Bình","signerTitle":"GIÁM ĐỐC","onBehalfOfHead":false}""".formatted(newDue);
        for (String code : List.of(started, startedToo)) {
            CaseFixtures.leader1().body("{\"assignee\":\"specialist1\"}").post("/api/v1/cases/" + code + "/actions/ASSIGN")
                    .then().statusCode(200);
            CaseFixtures.specialist1().body("{}").post("/api/v1/cases/" + code + "/actions/START").then().statusCode(200);
        }

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/v1/cases/" + fresh + "/actions/ASSIGN", leader,
                        "{\"assignee\":\"specialist1\",\"comment\":\"Giao thẩm định\"}"),
                new Endpoint("POST", "/api/v1/cases/" + started + "/actions/REQUEST_SUPPLEMENT", specialist,
                        "{\"reason\":\"Thiếu bản sao giấy chứng nhận\",\"comment\":\"\"}"),
                new Endpoint("POST", "/api/v1/cases/" + startedToo + "/actions/TRANSFER", specialist,
                        "{\"partnerAgency\":\"SVHTTDL\",\"partnerWorkingDays\":5,\"comment\":\"Xin ý kiến\"}"),
                new Endpoint("POST", "/api/v1/cases/" + late + "/apology", leader, apology),
                new Endpoint("PUT", "/api/v1/calendar/schedules/2035", admin, """
                        {"version":"2035.fuzz","source":"Thông báo thử","days":[{"date":"2035-09-03","kind":"HOLIDAY","reason":"Quốc khánh"}]}"""));
        List<WriteEndpointFuzz.Outcome> outcomes = new ArrayList<>();
        for (Endpoint e : endpoints) {
            outcomes.add(WriteEndpointFuzz.run(e, SEED, VARIANTS, this::rows));
        }
        io.quarkus.logging.Log.infof("fuzz (seed %d): %s", SEED, outcomes);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.refused()).as(o.toString()).isGreaterThan(VARIANTS / 3));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.statuses()).as(o.toString()).doesNotContainKeys(401, 403, 405, 415));
        assertThat(outcomes.stream().flatMap(o -> o.failures().stream())).as("seed %d", SEED).isEmpty();
    }

    @Test
    void everyQueryParameterOfTheReadsAnswers2xxOr4xxProblem() {
        String code = fixtures.openFresh();
        var leader = as("leader1", "SKHCN", "leader");
        List<String[]> reads = List.of(
                new String[] {"/api/v1/calendar/due-date?workingDays=2&receivedAt=", ""},
                new String[] {"/api/v1/calendar/due-date?receivedAt=2026-11-24T09:00%2B07:00&workingDays=", ""},
                new String[] {"/api/v1/calendar/due-date?receivedAt=2026-11-24T09:00%2B07:00&workingHours=", ""},
                new String[] {"/api/v1/calendar/due-date?receivedAt=2026-11-24T09:00%2B07:00&calendarDays=", ""},
                new String[] {"/api/v1/calendar/due-date?receivedAt=2026-11-24T09:00%2B07:00&workingDays=2&agency=", ""},
                new String[] {"/api/v1/calendar/due-date?receivedAt=2026-11-24T09:00%2B07:00&workingDays=2&cutOff=", ""},
                new String[] {"/api/v1/calendar/non-working-days?year=", ""},
                new String[] {"/api/v1/calendar/lunar?date=", ""},
                new String[] {"/api/v1/calendar/schedules/", ""},
                new String[] {"/api/v1/cases?state=", "auth"},
                new String[] {"/api/v1/cases?deadline=", "auth"},
                new String[] {"/api/v1/cases?assignee=", "auth"},
                new String[] {"/api/v1/cases?needsApology=", "auth"},
                new String[] {"/api/v1/cases/", "auth"},
                new String[] {"/api/v1/cases/" + code + "/result?x=", "auth"});
        List<String> failures = new ArrayList<>();
        int answered = 0;
        for (String[] read : reads) {
            for (String value : HOSTILE_PARAMS) {
                RequestSpecification spec = read[1].isEmpty() ? given() : leader.get();
                var r = spec.urlEncodingEnabled(false).get(read[0] + URLEncoder.encode(value, StandardCharsets.UTF_8));
                answered++;
                if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !String.valueOf(r.contentType()).startsWith("application/problem+json"))) {
                    failures.add(read[0] + value.substring(0, Math.min(40, value.length())) + " → " + r.statusCode() + " " + r.contentType()
                            + " " + r.asString().substring(0, Math.min(200, r.asString().length())));
                }
            }
        }
        assertThat(answered).isEqualTo(reads.size() * HOSTILE_PARAMS.size());
        assertThat(failures).isEmpty();
    }
}
