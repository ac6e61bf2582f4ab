package vn.motcua.processing.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.processing.support.CaseFixtures;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.fuzz.ReadParameterFuzz;
import vn.motcua.testsupport.fuzz.WriteEndpointFuzz;
import vn.motcua.testsupport.fuzz.WriteEndpointFuzz.Endpoint;

/**
 * Random, malformed and hostile JSON at every JSON write endpoint of processing, and hostile values in every query
 * parameter of its reads: only 2xx or 4xx problem+json come back, and a refused request leaves every table as it was.
 */
@QuarkusTest
class WriteEndpointsFuzzTest {

    static final long SEED = WriteEndpointFuzz.SEED;
    static final int VARIANTS = WriteEndpointFuzz.VARIANTS;
    static final String COUNT_ROWS = WriteEndpointFuzz.countRows("dossier_case", "case_log", "case_apology", "result_document", "case_component", "calendar_schedule",
            "calendar_entry", "calendar_audit", "outbox_event", "payment_obligation", "payment_order");

    @Inject
    EntityManager em;

    @Inject
    CaseFixtures fixtures;

    static Supplier<RequestSpecification> as(String user, String agency, String role) {
        return () -> given().header("Authorization", TestTokens.bearer(user, agency, role));
    }

    long rows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(COUNT_ROWS).getSingleResult()).longValue());
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
        String paying = fixtures.openFresh();
        String billed = fixtures.openFresh();
        OffsetDateTime newDue = fixtures.calc().plusWorkingMinutes(CaseFixtures.load(late).dueAt(), 5 * 480);
        String apology = """
                {"reason":"Cần xin ý kiến Bộ Khoa học và Công nghệ","newDueAt":"%s",
                 "signerName":"Trần Thị Bình","signerTitle":"GIÁM ĐỐC","onBehalfOfHead":false}""".formatted(newDue);
        for (String code : List.of(started, startedToo, paying, billed)) {
            CaseFixtures.leader1().body("{\"assignee\":\"specialist1\"}").post("/api/v1/cases/" + code + "/actions/ASSIGN")
                    .then().statusCode(200);
            CaseFixtures.specialist1().body("{}").post("/api/v1/cases/" + code + "/actions/START").then().statusCode(200);
        }

        String fees = """
                {"reason":"Nộp lệ phí","fees":[{"kind":"CHARGE","amountVnd":150000,"legalBasis":"Thông tư 263/2016/TT-BTC"}]}""";
        CaseFixtures.specialist1().body(fees).post("/api/v1/cases/" + billed + "/actions/REQUEST_PAYMENT").then().statusCode(200);
        String bill = CaseFixtures.specialist1().queryParam("dossierCode", billed).get("/api/v1/payments").then().statusCode(200)
                .extract().path("[0].billCode");
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/v1/cases/" + paying + "/actions/REQUEST_PAYMENT", specialist, fees),
                new Endpoint("POST", "/api/v1/payments/" + bill + "/cash", as("counter1", "SKHCN", "counter-officer"),
                        "{\"channel\":\"POSTAL_CASH\",\"collectedBy\":\"postal1\",\"receiptNumber\":\"BL-0001\"}"),
                // the gateway's callback: anyone may call it, nothing but a signed report of an order of ours is believed
                new Endpoint("POST", "/api/v1/payments/callback", io.restassured.RestAssured::given, """
                        {"merchantCode":"MOTCUA-HANAM","transactionId":"GW1","orderId":"MC1","billCode":"%s","amount":150000,
                         "currency":"VND","status":"PAID","paidAt":"2026-12-03T10:00:00+07:00","signature":"00"}""".formatted(bill)),
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
        Supplier<RequestSpecification> anyone = io.restassured.RestAssured::given;
        var leader = as("leader1", "SKHCN", "leader");
        String due = "/api/v1/calendar/due-date?receivedAt=2026-11-24T09:00%2B07:00&";
        List<ReadParameterFuzz.Read> reads = List.of(
                new ReadParameterFuzz.Read("/api/v1/calendar/due-date?workingDays=2&receivedAt=", anyone),
                new ReadParameterFuzz.Read(due + "workingDays=", anyone),
                new ReadParameterFuzz.Read(due + "workingHours=", anyone),
                new ReadParameterFuzz.Read(due + "calendarDays=", anyone),
                new ReadParameterFuzz.Read(due + "workingDays=2&agency=", anyone),
                new ReadParameterFuzz.Read(due + "workingDays=2&cutOff=", anyone),
                new ReadParameterFuzz.Read("/api/v1/calendar/non-working-days?year=", anyone),
                new ReadParameterFuzz.Read("/api/v1/calendar/lunar?date=", anyone),
                new ReadParameterFuzz.Read("/api/v1/calendar/schedules/", anyone),
                new ReadParameterFuzz.Read("/api/v1/cases?state=", leader),
                new ReadParameterFuzz.Read("/api/v1/cases?deadline=", leader),
                new ReadParameterFuzz.Read("/api/v1/cases?assignee=", leader),
                new ReadParameterFuzz.Read("/api/v1/cases?needsApology=", leader),
                new ReadParameterFuzz.Read("/api/v1/cases/", leader),
                new ReadParameterFuzz.Read("/api/v1/cases/" + code + "/result?x=", leader),
                new ReadParameterFuzz.Read("/api/v1/admin/dead-letters?pending=", as("admin1", null, "admin")),
                new ReadParameterFuzz.Read("/api/v1/admin/dead-letters/", as("admin1", null, "admin")));
        assertThat(ReadParameterFuzz.run(reads)).isEmpty();
    }
}
