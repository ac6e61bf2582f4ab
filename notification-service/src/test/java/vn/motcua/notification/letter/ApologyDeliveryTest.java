package vn.motcua.notification.letter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.support.Events;
import vn.motcua.notification.support.SmtpPort;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;
import vn.motcua.testsupport.TestTokens;

/**
 * An apology event becomes one PDF letter and one message per channel, sent once over real SMTP (GreenMail) even when
 * the event is redelivered, and not lost when the mail server is down for a while.
 */
@QuarkusTest
public class ApologyDeliveryTest {

    GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SmtpPort.port(), "localhost", "smtp"));
        smtp.start();
    }

    public static String apology(String code, String email) {
        return """
                {"dossierCode":"%s","agency":{"code":"SKHCN","name":"Sở Khoa học và Công nghệ tỉnh Hà Nam"},
                 "procedure":{"code":"1.004227.000.00.00.H56","name":"Cấp Giấy chứng nhận đăng ký hoạt động"},
                 "ruleSet":"DECREE_118_2025",
                 "applicant":{"type":"INDIVIDUAL","name":"Nguyễn Văn An","phone":"0912345678","email":"%s","address":"Phủ Lý"},
                 "submittedBy":"citizen1","resultReturnChannel":"ONLINE",
                 "rescheduling":{"receivedAt":"2026-11-25T09:00:00+07:00","previousDueAt":"2026-12-09T17:00:00+07:00",
                   "newDueAt":"2026-12-16T17:00:00+07:00","reason":"Cần xin ý kiến Bộ Khoa học và Công nghệ"},
                 "signer":{"name":"Trần Thị Bình","title":"GIÁM ĐỐC","onBehalfOfHead":false,"deputyTitle":null},
                 "recordedBy":"leader1","issuedAt":"2026-12-07T08:00:00+07:00"}"""
                .formatted(code, email);
    }

    static List<Notification> messages(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("dossierCode", code));
    }

    static Notification email(String code) {
        return messages(code).stream().filter(n -> n.channel.equals("EMAIL")).findFirst().orElse(null);
    }

    static long mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    @Test
    void aRedeliveredApologySendsOneLetterOnceOnEveryChannel() throws Exception {
        startSmtp();
        String code = vn.motcua.testsupport.TestCodes.dossier("000.17.22.H56");
        String address = "an." + code.substring(code.length() - 4) + "@example.vn";
        String id = Events.newId();
        String event = Events.event(id, EventTypes.CASE_APOLOGY_ISSUED, code, apology(code, address));
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, event);
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, event); // redelivered

        Events.await(() -> email(code) != null && email(code).status == Notification.Status.SENT, "e-mail sent");
        Events.await(() -> messages(code).stream().allMatch(n -> n.status != Notification.Status.PENDING), "all sent");
        // a duplicate has every chance to appear while the three messages must stay three
        vn.motcua.testsupport.Waits.holds("three messages for " + code, java.time.Duration.ofMillis(1500), () -> messages(code).size() == 3);
        assertThat(messages(code)).extracting(n -> n.channel).containsExactlyInAnyOrder("IN_APP", "EMAIL", "SMS");
        // no SMS gateway is configured in the tests: the SMS was only logged and says so, it does not claim SENT
        assertThat(messages(code)).filteredOn(n -> n.channel.equals("SMS")).extracting(n -> n.status)
                .containsExactly(Notification.Status.LOGGED);
        assertThat(mailsTo(smtp, address)).isEqualTo(1);
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + code);
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
        byte[] attached = parts.getBodyPart(1).getInputStream().readAllBytes();

        // the letter: one, downloadable by the addressee and the agency, identical to the attachment
        String letterId = given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"))
                .get("/api/v1/letters?dossierCode=" + code).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].number", org.hamcrest.Matchers.endsWith("/PXL-SKHCN")).extract().path("items[0].id");
        byte[] pdf = given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"))
                .get("/api/v1/letters/" + letterId + "/pdf").then().statusCode(200).extract().asByteArray();
        assertThat(pdf).isEqualTo(attached);
        given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader"))
                .get("/api/v1/letters/" + letterId + "/pdf").then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().header("Authorization", TestTokens.bearer("citizen2", null, "citizen"))
                .get("/api/v1/letters/" + letterId + "/pdf").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("leader9", "SVHTTDL", "leader"))
                .get("/api/v1/letters/" + letterId + "/pdf").then().statusCode(403);
        given().get("/api/v1/letters/" + letterId + "/pdf").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"))
                .get("/api/v1/notifications?dossierCode=" + code).then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("APOLOGY")));
    }

    @Test
    void aMailServerOutageDelaysTheMessageButNeverLosesOrDoublesIt() throws Exception {
        // the mail server is down when the apology arrives
        String code = vn.motcua.testsupport.TestCodes.dossier("000.17.22.H56");
        String address = "outage." + code.substring(code.length() - 4) + "@example.vn";
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code,
                Events.event(Events.newId(), EventTypes.CASE_APOLOGY_ISSUED, code, apology(code, address)));
        Events.await(() -> email(code) != null && email(code).status == Notification.Status.RETRYING
                && email(code).attempts >= 2, "retrying while SMTP is down");
        assertThat(email(code).lastError).contains("mail server unavailable");

        startSmtp(); // back up
        Events.await(() -> email(code).status == Notification.Status.SENT, "sent once the server is back");
        vn.motcua.testsupport.Waits.holds("one e-mail to " + address, java.time.Duration.ofMillis(1500), () -> mailsTo(smtp, address) == 1);
        assertThat(email(code).attempts).isGreaterThanOrEqualTo(3);
    }

    @Test
    void previewRendersWithoutStoringAndRefusesOthers() {
        String sample = apology("000.17.22.H56-261125-9999", "x@example.vn");
        byte[] pdf = given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader"))
                .contentType("application/json").body(sample).post("/api/v1/letters/preview/apology").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen")).contentType("application/json")
                .body(sample).post("/api/v1/letters/preview/apology").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader")).contentType("application/json")
                .body("{\"ruleSet\":\"DECREE_1999\"}").post("/api/v1/letters/preview/apology").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(messages("000.17.22.H56-261125-9999")).isEmpty();
    }
}
