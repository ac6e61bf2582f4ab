package vn.motcua.processing.casefile;

import vn.motcua.platform.events.contract.CaseState;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Topics;
import vn.motcua.testsupport.RealInfrastructure;

@QuarkusTest
class CaseOpeningTest {

    static String accepted(String eventId, String code) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.accepted.v1",
                 "subject":"%s","time":"2026-11-24T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","procedureCode":"1.004227.000.00.00.H56","procedureVersion":1,
                   "procedureName":"Cấp Giấy chứng nhận","agencyCode":"SKHCN","agencyName":"Sở KH&CN","channel":"ONLINE",
                   "nationalChannelCode":2,"resultReturnChannel":"ONLINE","ruleSet":"DECREE_118_2025",
                   "applicant":{"type":"INDIVIDUAL","name":"Nguyễn Văn An","phone":"0912345678","email":"an@example.vn","address":"Phủ Lý"},
                   "submittedBy":"citizen1","receivedAt":"2026-11-24T09:00:00+07:00","countingStartsAt":"2026-11-24T09:00:00+07:00",
                   "appointmentAt":"2026-12-08T09:00:00+07:00","timeLimitAmount":10,"timeLimitUnit":"WORKING_DAYS","scheduleVersion":"2026.1"}}
                """.formatted(eventId, code, code);
    }

    static void send(String key, String value) throws Exception {
        vn.motcua.testsupport.KafkaRecords.send(Topics.INTAKE_DOSSIER_EVENTS, key, value);
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        vn.motcua.testsupport.Waits.until(what, condition::getAsBoolean);
    }

    static long cases(String code) {
        return QuarkusTransaction.requiringNew().call(() -> DossierCase.count("dossierCode", code));
    }

    static long logRows(String code) {
        return QuarkusTransaction.requiringNew().call(() ->
                CaseLogEntry.count("caseId = (SELECT c.id FROM DossierCase c WHERE c.dossierCode = ?1)", code));
    }

    @Test
    void aDossierEventOpensExactlyOneCaseEvenWhenRedeliveredAndPoisonIsSetAside() throws Exception {
        String code = vn.motcua.processing.support.CaseFixtures.newCode();
        String eventId = UUID.randomUUID().toString();
        send(code, accepted(eventId, code));
        send(code, accepted(eventId, code)); // redelivery of the same event
        send("garbage", "{not json at all");  // poison: must not block the partition
        String next = code.substring(0, code.length() - 4) + "0000";
        send(next, accepted(UUID.randomUUID().toString(), next));

        // a wrongly doubled delivery has time to show up while both stay one
        vn.motcua.testsupport.Waits.holds("one case each", Duration.ofSeconds(1), () -> cases(code) == 1 && cases(next) == 1);
        assertThat(logRows(code)).isEqualTo(1);
        assertThat(readKeys("motcua.processing.dead-letter")).contains("garbage");
        assertThat(readKeys(Topics.PROCESSING_CASE_EVENTS)).contains(code, next);
    }

    @Test
    @TestSecurity(user = "specialist1", roles = "specialist", attributes = @SecurityAttribute(key = "agency", value = "SKHCN"))
    void aSpecialistOfTheAgencySeesTheCaseAndItsControlSheet() throws Exception {
        String code = openCase();
        given().get("/api/v1/cases/" + code).then().statusCode(200)
                .body("state", equalTo("RECEIVED")).body("nationalStatusCode", equalTo(2))
                .body("dueAt", equalTo("2026-12-08T09:00:00+07:00"))
                .body("log[0].action", equalTo("RECEIVE"));
        given().get("/api/v1/cases").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "specialist9", roles = "specialist", attributes = @SecurityAttribute(key = "agency", value = "SVHTTDL"))
    void aSpecialistOfAnotherAgencyIsRefused() throws Exception {
        String code = openCase();
        given().get("/api/v1/cases/" + code).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "citizen2", roles = "citizen")
    void anotherCitizenIsRefused() throws Exception {
        String code = openCase();
        given().get("/api/v1/cases/" + code).then().statusCode(403);
        given().get("/api/v1/cases").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void theApplicantSeesTheirOwnCase() throws Exception {
        String code = openCase();
        given().get("/api/v1/cases/" + code).then().statusCode(200).body("dossierCode", equalTo(code));
    }

    static String openCase() throws Exception {
        String code = vn.motcua.processing.support.CaseFixtures.newCode();
        send(code, accepted(UUID.randomUUID().toString(), code));
        await(() -> cases(code) == 1, "case " + code);
        return code;
    }

    static List<String> readKeys(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            java.util.ArrayList<String> keys = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    keys.add(r.key());
                }
                if (!keys.isEmpty() && c.assignment().stream().allMatch(tp -> c.position(tp) >= c.endOffsets(List.of(tp)).get(tp))) {
                    break;
                }
            }
            return keys;
        }
    }

    @Test
    @TestSecurity(user = "specialist1", roles = "specialist", attributes = @SecurityAttribute(key = "agency", value = "SKHCN"))
    void componentsAndTheirSignatureStateAppearOnTheCaseOnce() throws Exception {
        String code = vn.motcua.processing.support.CaseFixtures.newCode();
        send(code, accepted(UUID.randomUUID().toString(), code));
        await(() -> cases(code) == 1, "case");
        String componentId = UUID.randomUUID().toString();
        String added = """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.component-added.v1",
                 "subject":"%s","time":"2026-11-25T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","componentId":"%s","name":"Đơn đề nghị","fileName":"don.pdf",
                   "mediaType":"application/pdf","sizeBytes":1234,"sha256":"%s","signatureState":"VALID",
                   "signerName":"Nguyễn Văn An","certificateSerial":"1a","signingTime":"2026-11-25T09:00:00+07:00",
                   "uploadedBy":"citizen1","uploadedAt":"2026-11-25T09:01:00+07:00"}}"""
                .formatted(UUID.randomUUID(), code, code, componentId, "ab".repeat(32));
        send(code, added);
        send(code, added); // redelivered
        vn.motcua.testsupport.Waits.holds("one component", Duration.ofSeconds(1),
                () -> QuarkusTransaction.requiringNew().call(() -> CaseComponent.count("dossierCode", code)) == 1);
        given().get("/api/v1/cases/" + code).then().statusCode(200)
                .body("components.size()", equalTo(1))
                .body("components[0].signatureState", equalTo("VALID"))
                .body("components[0].signerName", equalTo("Nguyễn Văn An"));
    }

    @Test
    @TestSecurity(user = "specialist1", roles = "specialist", attributes = @SecurityAttribute(key = "agency", value = "SKHCN"))
    void aWithdrawalThroughIntakeClosesTheCase() throws Exception {
        String code = vn.motcua.processing.support.CaseFixtures.newCode();
        send(code, accepted(UUID.randomUUID().toString(), code));
        await(() -> cases(code) == 1, "case");
        send(code, """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.withdrawn.v1",
                 "subject":"%s","time":"2026-11-25T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","reason":"Không còn nhu cầu","withdrawnBy":"citizen1",
                   "withdrawnAt":"2026-11-25T10:00:00+07:00"}}""".formatted(UUID.randomUUID(), code, code));
        await(() -> QuarkusTransaction.requiringNew().call(() -> DossierCase.byDossierCode(code).orElseThrow().state())
                == CaseState.WITHDRAWN, "withdrawn");
        given().get("/api/v1/cases/" + code).then().statusCode(200).body("nationalStatusCode", equalTo(7))
                .body("outcomeReason", equalTo("Không còn nhu cầu")).body("log[-1].action", equalTo("WITHDRAW_ONLINE"));
    }
}
