package vn.motcua.intake.dossier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Topics;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.RealInfrastructure;

@QuarkusTest
public class DossierReceptionTest {

    public static final String PROCEDURE = "1.004227.000.00.00.H56"; // SKHCN, 10 working days

    public static String body(String citizenId) {
        return """
                {"procedureCode": "%s",
                 "applicant": {"type": "INDIVIDUAL", "fullName": "Nguyễn Văn An", "citizenId": "%s",
                               "dateOfBirth": "1990-05-17", "phone": "0912345678", "email": "an@example.vn",
                               "address": "12 Lê Lợi, Phủ Lý, Hà Nam"}}""".formatted(PROCEDURE, citizenId);
    }

    /** The body with an uploaded PDF for every mandatory component, uploaded by the test's security identity. */
    public static String complete(String citizenId) {
        return DossierSubmissions.complete("", body(citizenId), PROCEDURE, io.restassured.RestAssured::given);
    }

    /** The same, uploaded by the caller {@code as} gives. */
    public static String complete(String citizenId, java.util.function.Supplier<io.restassured.specification.RequestSpecification> as) {
        return DossierSubmissions.complete("", body(citizenId), PROCEDURE, as);
    }

    static long dossierCount() {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.count());
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void citizenSubmitsOnlineAndTheEventReachesKafka() {
        String code = given().contentType(ContentType.JSON).body(complete("001090012345"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("code", matchesPattern("000\\.17\\.22\\.H56-\\d{6}-\\d{4}"))
                .body("channel", equalTo("ONLINE"))
                .body("nationalChannelCode", equalTo(2))
                .body("ruleSet", equalTo("DECREE_118_2025"))
                .body("appointmentAt", notNullValue())
                .extract().path("code");

        given().when().get("/api/v1/dossiers/" + code).then().statusCode(200).body("submittedBy", equalTo("citizen1"))
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().when().get("/api/v1/dossiers").then().statusCode(200).body("items.code", hasItem(code));

        ConsumerRecord<String, String> rec = awaitRecord(code);
        assertThat(rec.value()).contains("\"specversion\":\"1.0\"", "\"type\":\"vn.motcua.intake.dossier.accepted.v1\"",
                "\"dossierCode\":\"" + code + "\"", "\"supplementClockMode\":\"PAUSE\"",
                "\"caseState\":\"IN_PROCESS\",\"name\":\"Thẩm định hồ sơ, dự thảo kết quả\"",
                "\"agency\":{\"code\":\"SKHCN\"", "\"place\":\"Hà Nam\"", "\"officeHours\":[\"07:00-11:30\",\"13:30-17:00\"]");
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void aRetriedSubmissionWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        String key = UUID.randomUUID().toString();
        String complete = complete("001090012345");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(complete)
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        long before = dossierCount();
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(complete)
                .post("/api/v1/dossiers").then().statusCode(200).extract().path("code");
        assertThat(second).isEqualTo(first);
        assertThat(dossierCount()).isEqualTo(before);
        // the same key with another body is the client's mistake, said as such (IETF Idempotency-Key draft: 422)
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(complete.replace("12 Lê Lợi", "14 Lê Lợi"))
                .post("/api/v1/dossiers").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused")).body("detail", org.hamcrest.Matchers.containsString(first))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void invalidCitizenIdIsRefusedFieldByFieldAndNothingIsStored() {
        long before = dossierCount();
        given().contentType(ContentType.JSON).body(body("12AB"))
                .post("/api/v1/dossiers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("applicant.citizenId"))
                .body("title_vi", equalTo("Dữ liệu không hợp lệ"));
        assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"procedureCode\": ")
                .post("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed-json"));
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void unknownProcedureIsRefused() {
        given().contentType(ContentType.JSON).body(body("001090012345").replace(PROCEDURE, "9.999999"))
                .post("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("procedureCode"));
    }

    @Test
    void anonymousCallersAreUnauthorised() {
        given().contentType(ContentType.JSON).body(body("001090012345")).post("/api/v1/dossiers").then().statusCode(401);
        given().get("/api/v1/dossiers").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "specialist1", roles = "specialist", attributes = @SecurityAttribute(key = "agency", value = "SKHCN"))
    void aSpecialistMayNotSubmit() {
        given().contentType(ContentType.JSON).body(body("001090012345")).post("/api/v1/dossiers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "citizen2", roles = "citizen")
    void anotherApplicantsDossierIsRefused() {
        String code = QuarkusTransaction.requiringNew().call(() ->
                Dossier.<Dossier>find("submittedBy", "citizen1").firstResultOptional().map(d -> d.code).orElse(null));
        if (code == null) {
            return; // ordering: covered by the end-to-end test too
        }
        given().get("/api/v1/dossiers/" + code).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/dossiers").then().statusCode(200).body("items.submittedBy", org.hamcrest.Matchers.not(hasItem("citizen1")));
    }

    @Test
    void theCatalogueIsPublic() {
        given().get("/api/v1/procedures?q=bức xạ").then().statusCode(200).body("items.code", hasItem("1.000948.000.00.00.H56"));
        given().get("/api/v1/procedures/nope").then().statusCode(404).contentType("application/problem+json");
        // the published internal process: ordered steps, responsible unit and role, shares adding up to the whole
        given().get("/api/v1/procedures/1.000948.000.00.00.H56").then().statusCode(200)
                .body("supplementClockMode", equalTo("RESTART"))
                .body("internalProcess.seq", org.hamcrest.Matchers.contains(1, 2, 3, 4, 5))
                .body("internalProcess.sharePercent.sum()", equalTo(100))
                .body("internalProcess[2].unit", equalTo("Phòng Quản lý chuyên ngành"));
    }

    static ConsumerRecord<String, String> awaitRecord(String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(Topics.INTAKE_DOSSIER_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    seen.add(r.key());
                    if (key.equals(r.key())) {
                        return r;
                    }
                }
            }
            throw new AssertionError("no event with key " + key + " on " + Topics.INTAKE_DOSSIER_EVENTS + "; saw " + seen);
        }
    }
}
