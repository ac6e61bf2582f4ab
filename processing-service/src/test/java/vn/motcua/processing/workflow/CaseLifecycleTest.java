package vn.motcua.processing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static vn.motcua.processing.support.CaseFixtures.as;
import static vn.motcua.processing.support.CaseFixtures.counter1;
import static vn.motcua.processing.support.CaseFixtures.leader1;
import static vn.motcua.processing.support.CaseFixtures.specialist1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.support.CaseFixtures;

/** Drives cases through the lifecycle with signed tokens of different users, checking grants and refusals. */
@QuarkusTest
class CaseLifecycleTest {

    @Inject
    CaseFixtures fixtures;

    static String act(String code, String action) {
        return "/api/v1/cases/" + code + "/actions/" + action;
    }

    @Test
    void theSystemsOwnRowsAreNotOfficersActions() {
        String code = fixtures.openFresh();
        // APOLOGY starts from RECEIVED in the table, but as the apology form's row: not among an officer's actions
        leader1().get("/api/v1/cases/" + code).then().statusCode(200)
                .body("allowedActions", hasItem("ASSIGN"))
                .body("allowedActions", org.hamcrest.Matchers.not(hasItem("APOLOGY")));
        for (String system : List.of("RECEIVE", "SIGN_RESULT", "APOLOGY", "WITHDRAW_ONLINE", "RECEIVE_SUPPLEMENT_ONLINE")) {
            leader1().body("{\"reason\":\"thử\"}").post(act(code, system)).then().statusCode(403)
                    .contentType("application/problem+json").body("detail_vi", containsString("hệ thống"));
        }
        leader1().get("/api/v1/cases/" + code).then().body("state", equalTo("RECEIVED")).body("log.size()", equalTo(1));
    }

    @Test
    void aCaseGoesFromReceiptToApprovalThroughSupplementAndTransfer() {
        String code = fixtures.openFresh();

        // only the leader assigns; a specialist may not
        specialist1().body("{\"assignee\":\"specialist1\"}").post(act(code, "ASSIGN")).then().statusCode(403)
                .contentType("application/problem+json").body("detail_vi", containsString("Vai trò"));
        leader1().body("{}").post(act(code, "ASSIGN")).then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"));
        leader1().body("{\"assignee\":\"specialist1\"}").post(act(code, "ASSIGN")).then().statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("assignee", equalTo("specialist1"))
                .body("nationalStatusCode", equalTo(4)).body("step.name", equalTo("ASSIGNED"))
                .body("step.dueAt", notNullValue())
                .body("log[1].action", equalTo("ASSIGN"))
                // done within the step: EARLY before the due day, ON_TIME on it (which one depends on the hour the test runs)
                .body("log[1].timeliness", org.hamcrest.Matchers.anyOf(equalTo("EARLY"), equalTo("ON_TIME")));

        // only the assigned specialist takes it up
        as("specialist2", "SKHCN", "specialist").body("{}").post(act(code, "START")).then().statusCode(403)
                .body("detail", containsString("assigned specialist"));
        specialist1().body("{}").post(act(code, "START")).then().statusCode(200).body("state", equalTo("IN_PROCESS"));

        // an illegal transition names the allowed ones
        leader1().body("{}").post(act(code, "APPROVE")).then().statusCode(409)
                .body("code", equalTo("illegal-transition"))
                .body("detail", containsString("SUBMIT_FOR_APPROVAL"));

        // supplement: the clock pauses (portal code 5) and resumes with the due date moved by the waiting time
        specialist1().body("{}").post(act(code, "REQUEST_SUPPLEMENT")).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        specialist1().body("{\"reason\":\"Thiếu bản sao chứng chỉ đo lường\"}").post(act(code, "REQUEST_SUPPLEMENT"))
                .then().statusCode(200).body("state", equalTo("SUPPLEMENT_REQUESTED")).body("nationalStatusCode", equalTo(5))
                .body("deadline.clockPaused", equalTo(true)).body("deadline.status", equalTo("PAUSED"));
        assertThat(CaseFixtures.load(code).nextCheckAt()).as("no deadline checks while paused").isNull();
        DossierCase before = CaseFixtures.load(code);
        CaseFixtures.pausedEarlier(code, 3 * 24 * 60); // the citizen answered three days later
        OffsetDateTime pausedAt = CaseFixtures.load(code).pausedAt();
        counter1().body("{\"comment\":\"Nhận bổ sung tại quầy\"}").post(act(code, "RECEIVE_SUPPLEMENT")).then()
                .statusCode(200).body("state", equalTo("IN_PROCESS")).body("deadline.clockPaused", equalTo(false));
        DossierCase after = CaseFixtures.load(code);
        OffsetDateTime resumedAt = lastLogAt(code);
        assertThat(after.dueAt()).isEqualTo(fixtures.calc().extendByPause(before.dueAt(), pausedAt, resumedAt));
        assertThat(fixtures.calc().workingMinutesBetween(before.dueAt(), after.dueAt()))
                .isEqualTo(fixtures.calc().workingMinutesBetween(pausedAt, resumedAt)).isGreaterThan(0);

        // liên thông: the partner agency gets its slice and returns it; only it may return
        specialist1().body("{\"partnerAgency\":\"SVHTTDL\"}").post(act(code, "TRANSFER")).then().statusCode(400)
                .body("errors[0].field", equalTo("partnerWorkingDays"));
        // only to another agency the directory knows: nobody would ever act for NOPE, nor may the case go to itself
        specialist1().body("{\"partnerAgency\":\"NOPE\",\"partnerWorkingDays\":3}").post(act(code, "TRANSFER")).then()
                .statusCode(422).body("code", equalTo("unknown-agency")).body("errors[0].field", equalTo("partnerAgency"));
        specialist1().body("{\"partnerAgency\":\"SKHCN\",\"partnerWorkingDays\":3}").post(act(code, "TRANSFER")).then()
                .statusCode(422).body("code", equalTo("transfer-to-self"));
        specialist1().body("{\"partnerAgency\":\"SVHTTDL\",\"partnerWorkingDays\":3,\"comment\":\"Xin ý kiến\"}")
                .post(act(code, "TRANSFER")).then().statusCode(200).body("state", equalTo("TRANSFERRED"))
                .body("partner.agencyCode", equalTo("SVHTTDL")).body("partner.dueAt", notNullValue());
        var partner = as("leader9", "SVHTTDL", "leader");
        partner.get("/api/v1/cases/" + code).then().statusCode(200);
        partner.get("/api/v1/cases?q=" + code).then().statusCode(200).body("items.dossierCode", hasItem(code));
        specialist1().body("{}").post(act(code, "RETURN_TRANSFER")).then().statusCode(403);
        as("leader9", "SVHTTDL", "leader").body("{\"comment\":\"Đồng ý\"}").post(act(code, "RETURN_TRANSFER")).then()
                .statusCode(200).body("state", equalTo("IN_PROCESS")).body("partner", equalTo(null));
        as("leader9", "SVHTTDL", "leader").get("/api/v1/cases/" + code).then().statusCode(403);

        // draft → leader sends back → again → approved
        specialist1().body("{}").post(act(code, "SUBMIT_FOR_APPROVAL")).then().statusCode(200)
                .body("state", equalTo("AWAITING_APPROVAL"));
        leader1().body("{\"comment\":\"Sửa căn cứ pháp lý\"}").post(act(code, "SEND_BACK")).then().statusCode(200)
                .body("state", equalTo("IN_PROCESS"));
        specialist1().body("{}").post(act(code, "SUBMIT_FOR_APPROVAL")).then().statusCode(200);
        leader1().body("{}").post(act(code, "APPROVE")).then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("allowedActions", equalTo(List.of("STOP")));
        counter1().body("{}").post(act(code, "RETURN_RESULT")).then().statusCode(409)
                .body("code", equalTo("illegal-transition"));

        // the control sheet has one row per hand-off, each closing step with its timeliness; one event per row
        var sheet = specialist1().get("/api/v1/cases/" + code).then().statusCode(200)
                .body("log.action", hasItems("RECEIVE", "ASSIGN", "START", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT",
                        "TRANSFER", "RETURN_TRANSFER", "SUBMIT_FOR_APPROVAL", "SEND_BACK", "APPROVE"))
                .extract().jsonPath();
        List<String> timeliness = sheet.getList("log.timeliness");
        List<String> actions = sheet.getList("log.action");
        for (int i = 1; i < actions.size(); i++) {
            // waiting for the citizen is not an officer's step: it has no timeliness
            if (actions.get(i).equals("RECEIVE_SUPPLEMENT")) {
                assertThat(timeliness.get(i)).isNull();
            } else {
                assertThat(timeliness.get(i)).as(actions.get(i)).isIn("EARLY", "ON_TIME", "LATE");
            }
        }
        assertThat(CaseFixtures.events(code, EventTypes.CASE_STATUS_CHANGED)).isEqualTo(timeliness.size());
    }

    @Test
    void restartModeCountsTheWholeLimitAgainOnceTheSupplementArrives() {
        String code = fixtures.open(OffsetDateTime.now(), 5, vn.motcua.platform.events.contract.SupplementClockMode.RESTART);
        leader1().body("{\"assignee\":\"specialist1\"}").post(act(code, "ASSIGN")).then().statusCode(200);
        specialist1().body("{}").post(act(code, "START")).then().statusCode(200);
        specialist1().body("{\"reason\":\"Thiếu hồ sơ\"}").post(act(code, "REQUEST_SUPPLEMENT")).then().statusCode(200);
        CaseFixtures.pausedEarlier(code, 60);
        counter1().body("{}").post(act(code, "RECEIVE_SUPPLEMENT")).then().statusCode(200)
                .body("log[-1].comment", containsString("time limit restarted"));
        OffsetDateTime resumedAt = lastLogAt(code);
        assertThat(CaseFixtures.load(code).dueAt())
                .isEqualTo(fixtures.calc().restart(resumedAt, TimeLimit.workingDays(5)).dueAt());
    }

    @Test
    void refusalWithdrawalAndStopEndTheCaseWithTheirPortalCodes() {
        String refused = fixtures.openFresh();
        leader1().body("{\"assignee\":\"specialist1\"}").post(act(refused, "ASSIGN")).then().statusCode(200);
        specialist1().body("{}").post(act(refused, "START")).then().statusCode(200);
        specialist1().body("{}").post(act(refused, "SUBMIT_FOR_APPROVAL")).then().statusCode(200);
        leader1().body("{}").post(act(refused, "REFUSE")).then().statusCode(400);
        leader1().body("{\"reason\":\"Cơ sở không đủ điều kiện theo Nghị định 107/2016\"}").post(act(refused, "REFUSE"))
                .then().statusCode(200).body("state", equalTo("REFUSED")).body("nationalStatusCode", equalTo(3))
                .body("closedAt", notNullValue()).body("allowedActions", equalTo(List.of()));
        leader1().body("{}").post(act(refused, "APPROVE")).then().statusCode(409).body("detail", containsString("allowed: -"));

        String withdrawn = fixtures.openFresh();
        specialist1().body("{\"reason\":\"x\"}").post(act(withdrawn, "WITHDRAW")).then().statusCode(403);
        counter1().body("{\"reason\":\"Công dân rút hồ sơ\"}").post(act(withdrawn, "WITHDRAW")).then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("nationalStatusCode", equalTo(7));
        assertThat(CaseFixtures.load(withdrawn).nextCheckAt()).isNull();

        String stopped = fixtures.openFresh();
        counter1().body("{\"reason\":\"Đề nghị dừng xử lý\"}").post(act(stopped, "STOP")).then().statusCode(200)
                .body("state", equalTo("STOPPED")).body("nationalStatusCode", equalTo(8));
    }

    @Test
    void refusalsForStrangersUnknownActionsAndBadInput() {
        String code = fixtures.openFresh();
        RestAssured.given().contentType("application/json").body("{}").post(act(code, "ASSIGN")).then().statusCode(401);
        as("citizen1", null, "citizen").body("{\"assignee\":\"x\"}").post(act(code, "ASSIGN")).then().statusCode(403);
        as("leader9", "SVHTTDL", "leader").body("{\"assignee\":\"x\"}").post(act(code, "ASSIGN")).then().statusCode(403);
        as("leader9", "SVHTTDL", "leader").get("/api/v1/cases/" + code).then().statusCode(403);
        leader1().body("{}").post(act(code, "TELEPORT")).then().statusCode(404).body("code", equalTo("unknown-action"));
        leader1().body("{\"assignee\":\"a b c\"}").post(act(code, "ASSIGN")).then().statusCode(400)
                .body("errors[0].field", containsString("assignee"));
        leader1().body("{\"assignee\":").post(act(code, "ASSIGN")).then().statusCode(400)
                .contentType("application/problem+json");
        leader1().get("/api/v1/cases?state=NOPE").then().statusCode(400);
        leader1().get("/api/v1/cases?deadline=SOON").then().statusCode(400);
        // nothing happened to the case
        assertThat(CaseFixtures.load(code).state().name()).isEqualTo("RECEIVED");
        // the applicant sees their own case, read-only
        as("citizen1", null, "citizen").get("/api/v1/cases/" + code).then().statusCode(200);
        as("citizen2", null, "citizen").get("/api/v1/cases/" + code).then().statusCode(403);
    }

    @Test
    void thePublishedInternalProcessSetsEachStepsBudgetAndWhoIsResponsible() {
        var process = List.of(
                new vn.motcua.platform.events.contract.ProcessStep(1, "RECEIVED", "Phân công", "Lãnh đạo phòng", "leader", 5),
                new vn.motcua.platform.events.contract.ProcessStep(2, "IN_PROCESS", "Thẩm định hồ sơ", "Phòng Quản lý chuyên ngành", "specialist", 80));
        String code = fixtures.open(OffsetDateTime.now(), 10, vn.motcua.platform.events.contract.SupplementClockMode.PAUSE, process);
        leader1().body("{\"assignee\":\"specialist1\"}").post(act(code, "ASSIGN")).then().statusCode(200);
        specialist1().body("{}").post(act(code, "START")).then().statusCode(200)
                .body("step.title", equalTo("Thẩm định hồ sơ")).body("step.unit", equalTo("Phòng Quản lý chuyên ngành"))
                .body("step.role", equalTo("specialist"));
        DossierCase c = CaseFixtures.load(code);
        long total = fixtures.calc().workingMinutesBetween(c.countingStartsAt, c.originalDueAt);
        OffsetDateTime expected = fixtures.calc().plusWorkingMinutes(c.stepStartedAt(), total * 80 / 100);
        assertThat(c.stepDueAt()).isEqualTo(expected.isAfter(c.dueAt()) ? c.dueAt() : expected);
        assertThat(fixtures.calc().workingMinutesBetween(c.stepStartedAt(), c.stepDueAt())).isEqualTo(total * 80 / 100);
    }

    @Test
    void worklistsFilterByAssigneeAndState() {
        String mine = fixtures.openFresh();
        leader1().body("{\"assignee\":\"specialist1\"}").post(act(mine, "ASSIGN")).then().statusCode(200);
        specialist1().get("/api/v1/cases?assignee=me&state=ASSIGNED&limit=200").then().statusCode(200)
                .body("items.dossierCode", hasItem(mine)).body("items.state", org.hamcrest.Matchers.everyItem(equalTo("ASSIGNED")))
                .body("items.assignee", org.hamcrest.Matchers.everyItem(equalTo("specialist1")));
        // specialist2 searches the very case: the search finds it for the agency, the assignee filter then drops it
        as("specialist2", "SKHCN", "specialist").get("/api/v1/cases?q=" + mine).then().statusCode(200)
                .body("items.dossierCode", org.hamcrest.Matchers.contains(mine));
        as("specialist2", "SKHCN", "specialist").get("/api/v1/cases?assignee=me&q=" + mine).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as("citizen1", null, "citizen").get("/api/v1/cases").then().statusCode(403);
    }

    private static OffsetDateTime lastLogAt(String code) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            DossierCase c = DossierCase.byDossierCode(code).orElseThrow();
            return vn.motcua.processing.casefile.CaseLogEntry.<vn.motcua.processing.casefile.CaseLogEntry>find(
                    "caseId = ?1 ORDER BY at DESC, id DESC", c.id).firstResult().at;
        });
    }
}
