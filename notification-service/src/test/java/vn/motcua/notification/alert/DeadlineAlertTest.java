package vn.motcua.notification.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.support.Events;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;
import vn.motcua.testsupport.TestTokens;

/** Officers get near-due and overdue alerts in their inbox, escalated when overdue, once per event. */
@QuarkusTest
class DeadlineAlertTest {

    static RequestSpecification as(String user, String agency, String role) {
        return given().header("Authorization", TestTokens.bearer(user, agency, role));
    }

    static String crossed(String code, String stage, String assignee) {
        return """
                {"dossierCode":"%s","agencyCode":"SKHCN","procedureCode":"1.004227.000.00.00.H56",
                 "procedureName":"Cấp Giấy chứng nhận","stage":"%s","state":"IN_PROCESS",
                 "dueAt":"2026-12-09T17:00:00+07:00","apologyDeadline":"2026-12-08T17:00:00+07:00",
                 "apologyIssued":false,"assignee":%s,"detectedAt":"2026-12-07T17:00:30+07:00"}"""
                .formatted(code, stage, assignee == null ? "null" : "\"" + assignee + "\"");
    }

    static long alerts(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count("dossierCode", code));
    }

    @Test
    void nearDueGoesToTheSpecialistAndOverdueEscalatesToLeaderAndOneStopOffice() {
        String code = vn.motcua.testsupport.TestCodes.dossier("000.17.22.H56");
        String near = Events.event(Events.newId(), EventTypes.CASE_DEADLINE_CROSSED, code, crossed(code, "NEAR_DUE", "specialist7"));
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, near);
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, near); // redelivered
        Events.await(() -> alerts(code) == 1, "near-due alert");
        as("specialist7", "SKHCN", "specialist").get("/api/v1/notifications?dossierCode=" + code).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("DEADLINE_ALERT"))
                .body("items[0].subject", equalTo("Hồ sơ sắp đến hạn: " + code));
        as("leader1", "SKHCN", "leader").get("/api/v1/notifications?dossierCode=" + code).then().body("items", hasSize(0));

        Events.publish(Topics.PROCESSING_CASE_EVENTS, code,
                Events.event(Events.newId(), EventTypes.CASE_DEADLINE_CROSSED, code, crossed(code, "OVERDUE", "specialist7")));
        Events.await(() -> alerts(code) == 4, "overdue alerts to specialist, leaders and one-stop office");
        String id = as("leader1", "SKHCN", "leader").get("/api/v1/notifications?dossierCode=" + code).then()
                .body("items", hasSize(1)).body("items[0].body", org.hamcrest.Matchers.containsString("cần lãnh đạo xử lý"))
                .extract().path("items[0].id");
        as("counter1", "SKHCN", "counter-officer").get("/api/v1/notifications?dossierCode=" + code).then().body("items", hasSize(1));
        // another agency's leader and a citizen see none of it
        as("leader9", "SVHTTDL", "leader").get("/api/v1/notifications?dossierCode=" + code).then().body("items", hasSize(0));
        as("citizen1", null, "citizen").get("/api/v1/notifications?dossierCode=" + code).then().body("items", hasSize(0));

        // unread count and mark read; nobody else may mark it
        int before = as("leader1", "SKHCN", "leader").get("/api/v1/notifications/unread-count").then().statusCode(200)
                .extract().path("unread");
        as("citizen1", null, "citizen").post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        as("leader1", "SKHCN", "leader").post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        as("leader1", "SKHCN", "leader").get("/api/v1/notifications/unread-count").then().body("unread", equalTo(before - 1));
        as("leader1", "SKHCN", "leader").get("/api/v1/notifications?unread=true").then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aStepOverdueAlertsItsOfficer() {
        String code = vn.motcua.testsupport.TestCodes.dossier("000.17.22.H56");
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, Events.event(Events.newId(), EventTypes.CASE_STEP_OVERDUE, code, """
                {"dossierCode":"%s","agencyCode":"SKHCN","step":"IN_PROCESS","assignee":"specialist8",
                 "stepStartedAt":"2026-12-01T08:00:00+07:00","stepDueAt":"2026-12-03T08:00:00+07:00",
                 "caseDueAt":"2026-12-09T17:00:00+07:00","detectedAt":"2026-12-03T08:00:30+07:00"}""".formatted(code)));
        Events.await(() -> alerts(code) == 1, "step alert");
        as("specialist8", "SKHCN", "specialist").get("/api/v1/notifications?dossierCode=" + code).then()
                .body("items.subject", everyItem(equalTo("Bước xử lý quá hạn: " + code)));
    }
}
