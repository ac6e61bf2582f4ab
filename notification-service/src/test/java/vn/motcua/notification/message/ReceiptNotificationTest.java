package vn.motcua.notification.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Topics;

@QuarkusTest
class ReceiptNotificationTest {

    static final String CODE = "000.17.22.H56-261124-0042";

    static String accepted(String eventId) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.accepted.v1",
                 "subject":"%s","time":"2026-11-24T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","procedureCode":"1.004227.000.00.00.H56","procedureVersion":1,
                   "procedureName":"Cấp Giấy chứng nhận đăng ký hoạt động","agencyCode":"SKHCN","agencyName":"Sở Khoa học và Công nghệ tỉnh Hà Nam",
                   "channel":"ONLINE","nationalChannelCode":2,"resultReturnChannel":"ONLINE","ruleSet":"DECREE_118_2025",
                   "applicant":{"type":"INDIVIDUAL","name":"Nguyễn Văn An","phone":"0912345678","email":"an@example.vn","address":"Phủ Lý"},
                   "submittedBy":"citizen1","receivedAt":"2026-11-24T09:00:00+07:00","countingStartsAt":"2026-11-24T09:00:00+07:00",
                   "appointmentAt":"2026-12-08T09:00:00+07:00","timeLimitAmount":10,"timeLimitUnit":"WORKING_DAYS","scheduleVersion":"2026.1"}}
                """.formatted(eventId, CODE, CODE);
    }

    static void send(String value) throws Exception {
        vn.motcua.testsupport.KafkaRecords.send(Topics.INTAKE_DOSSIER_EVENTS, CODE, value);
    }

    static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("dossierCode", CODE));
    }

    @Test
    @TestSecurity(user = "citizen1", roles = "citizen")
    void aReceiptIsRecordedOnceForTheApplicantEvenIfTheEventComesTwice() throws Exception {
        String id = UUID.randomUUID().toString();
        send(accepted(id));
        send(accepted(id));
        // one per channel the applicant gave: in-app, e-mail, SMS; the second delivery adds none
        vn.motcua.testsupport.Waits.holds("three messages", Duration.ofMillis(1500), () -> count() == 3);
        given().get("/api/v1/notifications?dossierCode=" + CODE).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items.kind", contains("RECEIPT"))
                .body("items[0].body", containsString("Hẹn trả kết quả: 09:00 ngày 08/12/2026"))
                .body("items[0].status", org.hamcrest.Matchers.equalTo("DELIVERED"));
    }

    @Test
    @TestSecurity(user = "citizen2", roles = "citizen")
    void nobodyElseSeesIt() {
        given().get("/api/v1/notifications?dossierCode=" + CODE).then().statusCode(200).body("items", empty());
    }

    @Test
    void anonymousIsRefused() {
        given().get("/api/v1/notifications").then().statusCode(401);
    }
}
