package vn.motcua.notification.applicant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.alert.DailyDigest;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.support.Events;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;
import vn.motcua.testsupport.TestTokens;

/** The applicant hears of each step that concerns them on every channel they gave; leaders get one digest a day. */
@QuarkusTest
class ApplicantMessagesTest {

    @Inject
    DailyDigest digest;

    static String accepted(String code, String email) {
        return """
                {"dossierCode":"%s","procedureCode":"1.004227.000.00.00.H56","procedureVersion":1,
                 "procedureName":"Cấp Giấy chứng nhận","agencyCode":"SVHTTDL","agencyName":"Sở Văn hóa, Thể thao và Du lịch",
                 "channel":"POSTAL","nationalChannelCode":3,"resultReturnChannel":"POSTAL","ruleSet":"DECREE_118_2025",
                 "applicant":{"type":"INDIVIDUAL","name":"Lê Thị Mai","phone":"0987000111","email":%s,"address":"Phủ Lý"},
                 "submittedBy":"postal1","receivedAt":"2026-11-24T09:00:00+07:00","countingStartsAt":"2026-11-24T09:00:00+07:00",
                 "appointmentAt":"2026-12-08T09:00:00+07:00","timeLimitAmount":10,"timeLimitUnit":"WORKING_DAYS",
                 "scheduleVersion":"2026.1","supplementClockMode":"PAUSE"}""".formatted(code, email == null ? "null" : "\"" + email + "\"");
    }

    static String changed(String code, String to, String comment) {
        return """
                {"dossierCode":"%s","agencyCode":"SVHTTDL","procedureCode":"1.004227.000.00.00.H56",
                 "transition":{"action":"X","fromState":"IN_PROCESS","toState":"%s","nationalStatusCode":5,
                   "actor":"specialist1","at":"2026-11-26T09:00:00+07:00","comment":"%s"},
                 "deadline":{"dueAt":"2026-12-08T09:00:00+07:00","paused":true,"stepDueAt":null,"timeliness":"EARLY"},
                 "assignee":"specialist1","partnerAgency":null,"submittedBy":"postal1"}""".formatted(code, to, comment);
    }

    static List<Notification> of(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("dossierCode", code));
    }

    @Test
    void supplementAndResultReachTheApplicantOnTheirChannels() {
        String code = vn.motcua.testsupport.TestCodes.dossier("000.19.22.H56");
        Events.publish(Topics.INTAKE_DOSSIER_EVENTS, code, Events.event(Events.newId(), EventTypes.DOSSIER_ACCEPTED, code,
                accepted(code, null)));
        Events.await(() -> of(code).size() == 2, "receipt in-app and SMS (no e-mail given)");
        String supplement = Events.event(Events.newId(), EventTypes.CASE_STATUS_CHANGED, code,
                changed(code, "SUPPLEMENT_REQUESTED", "Thiếu bản sao giấy phép"));
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, supplement);
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, supplement);
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, Events.event(Events.newId(), EventTypes.CASE_STATUS_CHANGED,
                code, changed(code, "ASSIGNED", "")));
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, Events.event(Events.newId(), EventTypes.CASE_STATUS_CHANGED,
                code, changed(code, "RESULT_READY", "")));
        Events.await(() -> of(code).size() == 6, "supplement and result messages");
        assertThat(of(code)).extracting(n -> n.kind + "/" + n.channel).containsExactlyInAnyOrder(
                "RECEIPT/IN_APP", "RECEIPT/SMS", "SUPPLEMENT_REQUEST/IN_APP", "SUPPLEMENT_REQUEST/SMS",
                "RESULT_READY/IN_APP", "RESULT_READY/SMS");
        // the receipt (form 01) and the supplement request (form 02) as PDFs, attached to the messages
        given().header("Authorization", TestTokens.bearer("postal1", "BDTP", "postal-staff"))
                .get("/api/v1/letters?dossierCode=" + code).then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.containsInAnyOrder("RECEIPT", "SUPPLEMENT"))
                .body("items.number", hasItems(org.hamcrest.Matchers.endsWith("/TNHS-SVHTTDL"), org.hamcrest.Matchers.endsWith("/BSHS-SVHTTDL")));
        assertThat(of(code)).filteredOn(n -> n.kind == Notification.Kind.SUPPLEMENT_REQUEST)
                .allMatch(n -> n.channel.equals("SMS") || n.letterId != null);
        given().header("Authorization", TestTokens.bearer("postal1", "BDTP", "postal-staff"))
                .get("/api/v1/notifications?dossierCode=" + code).then().statusCode(200)
                .body("items.kind", hasItems("RECEIPT", "SUPPLEMENT_REQUEST", "RESULT_READY"))
                .body("items.find { it.kind == 'SUPPLEMENT_REQUEST' }.body", containsString("Thiếu bản sao giấy phép"))
                .body("items.find { it.kind == 'RESULT_READY' }.body", containsString("qua dịch vụ bưu chính công ích"));
    }

    @Test
    void aSupplementRequestReadBeforeTheDossierItselfWaitsForItAndIsNotDropped() {
        String code = vn.motcua.testsupport.TestCodes.dossier("000.19.22.H56");
        // the two topics are not ordered with one another: processing's event comes first here
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, Events.event(Events.newId(), EventTypes.CASE_STATUS_CHANGED, code,
                changed(code, "SUPPLEMENT_REQUESTED", "Thiếu tờ khai")));
        // read and held back (nothing to write to yet) rather than dropped
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(1)).atMost(java.time.Duration.ofSeconds(5))
                .until(() -> of(code).isEmpty());
        Events.publish(Topics.INTAKE_DOSSIER_EVENTS, code, Events.event(Events.newId(), EventTypes.DOSSIER_ACCEPTED, code,
                accepted(code, null)));
        Events.await(() -> of(code).stream().filter(n -> n.kind == Notification.Kind.SUPPLEMENT_REQUEST).count() == 2,
                "the supplement request once the dossier is known");
        assertThat(of(code)).filteredOn(n -> n.kind == Notification.Kind.SUPPLEMENT_REQUEST && n.channel.equals("IN_APP"))
                .allMatch(n -> n.letterId != null);
    }

    @Test
    void leadersGetOneDigestOfTheDaysAlertsPerUnit() {
        String code = vn.motcua.testsupport.TestCodes.dossier("000.19.22.H56");
        Events.publish(Topics.INTAKE_DOSSIER_EVENTS, code, Events.event(Events.newId(), EventTypes.DOSSIER_ACCEPTED, code,
                accepted(code, null)));
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, Events.event(Events.newId(), EventTypes.CASE_DEADLINE_CROSSED, code, """
                {"dossierCode":"%s","agencyCode":"SVHTTDL","procedureCode":"p","procedureName":"Cấp Giấy chứng nhận",
                 "stage":"NEAR_DUE","state":"IN_PROCESS","dueAt":"2026-12-09T17:00:00+07:00",
                 "apologyDeadline":"2026-12-08T17:00:00+07:00","apologyIssued":false,"assignee":"specialist5",
                 "detectedAt":"2026-12-07T17:00:30+07:00"}""".formatted(code)));
        // the two topics are consumed independently: wait for the alert and for the applicant's contact (its agency)
        Events.await(() -> of(code).stream().anyMatch(n -> n.kind == Notification.Kind.DEADLINE_ALERT)
                && QuarkusTransaction.requiringNew().call(() -> DossierContact.findById(code) != null), "alert and contact");
        LocalDate today = java.time.OffsetDateTime.now().withOffsetSameInstant(ZoneOffset.ofHours(7)).toLocalDate();
        digest.send(today);
        assertThat(digest.send(today)).as("a second run the same day sends nothing").isZero();
        given().header("Authorization", TestTokens.bearer("leader5", "SVHTTDL", "leader")).get("/api/v1/notifications")
                .then().statusCode(200).body("items.find { it.kind == 'DAILY_DIGEST' }.body", containsString(code));
        given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader")).get("/api/v1/notifications")
                .then().statusCode(200).body("items.findAll { it.kind == 'DAILY_DIGEST' }.body.flatten()",
                        org.hamcrest.Matchers.not(hasItems(containsString(code))));
    }
}
