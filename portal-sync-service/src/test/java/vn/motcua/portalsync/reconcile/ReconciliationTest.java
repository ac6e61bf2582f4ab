package vn.motcua.portalsync.reconcile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.support.Paths;
import vn.motcua.portalsync.support.Journey;
import vn.motcua.portalsync.support.Journey.Agency;
import vn.motcua.portalsync.support.Portal;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.Waits;

/** Reconciliation finds what the portal holds differently, repairs it, and explains the portal's overdue dossiers. */
@QuarkusTest
class ReconciliationTest {

    static final String ADMIN = TestTokens.bearer("admin1", null, "admin");

    static JsonPath run() {
        return given().header("Authorization", ADMIN).post("/api/v1/portal-sync/reconciliation?limit=1000").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aMismatchPlantedInThePortalIsFoundAndRepaired() {
        Journey j = Journey.of(Agency.SVHTTDL).accepted().opened().step("ASSIGN", CaseState.ASSIGNED)
                .step("START", CaseState.IN_PROCESS).publish();
        Paths.awaitStatuses(j, List.of(2, 4, 4));
        Portal.plant(j.code, 9);
        JsonPath report = run();
        List<String> kinds = report.getList("findings.findAll { it.dossierCode == '" + j.code + "' }.kind");
        assertThat(kinds).containsExactly("STATUS_MISMATCH");
        assertThat(report.getInt("findings.find { it.dossierCode == '" + j.code + "' }.portalStatus")).isEqualTo(9);
        Waits.until("the province's status is sent again", () -> Portal.statuses(j.code).size() == 4);
        assertThat(Portal.statuses(j.code)).containsExactly(2, 4, 4, 4);
        assertThat(Portal.receivedJson(j.code).getString("[3].payload.HanhDong")).isEqualTo("DOI_SOAT");
        // a second run finds it in agreement
        JsonPath again = run();
        assertThat(again.getList("findings.findAll { it.dossierCode == '" + j.code + "' }")).isEmpty();
    }

    @Test
    void overdueOnThePortalOnlyIsExplained() {
        OffsetDateTime received = OffsetDateTime.now().minusDays(20);
        // the province gives 30 working days, the national database 5: overdue there, not here
        Journey limit = Journey.of(Agency.SKHCN, received).accepted(30, received.plusDays(42)).opened()
                .step("ASSIGN", CaseState.ASSIGNED).publish();
        // the clock stands still here while the applicant supplements; the portal keeps counting
        Journey paused = Journey.of(Agency.UBND_COMMUNE, received).accepted(5, received.plusDays(7)).opened()
                .step("ASSIGN", CaseState.ASSIGNED).step("START", CaseState.IN_PROCESS)
                .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED).publish();
        Paths.awaitStatuses(limit, List.of(2, 4));
        Paths.awaitStatuses(paused, List.of(2, 4, 4, 5));
        Portal.publishTimeLimit(Journey.PROCEDURE, 5);
        try {
            run();
            JsonPath overdue = given().header("Authorization", ADMIN).get("/api/v1/portal-sync/overdue-report?limit=1000")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(overdue.getString("findings.find { it.dossierCode == '" + limit.code + "' }.cause"))
                    .isEqualTo("TIME_LIMIT_DIFFERS");
            assertThat(overdue.getString("findings.find { it.dossierCode == '" + paused.code + "' }.cause"))
                    .isEqualTo("CLOCK_PAUSED_LOCALLY");
            // a leader sees the report of their own agency only
            JsonPath commune = given().header("Authorization", TestTokens.bearer("leader5", "UBNDBS", "leader"))
                    .get("/api/v1/portal-sync/overdue-report?limit=1000").then().statusCode(200).extract().jsonPath();
            assertThat(commune.getList("findings.agencyCode", String.class)).isNotEmpty().containsOnly("UBNDBS");
        } finally {
            Portal.publishTimeLimit(Journey.PROCEDURE, 3650); // other tests' dossiers are not overdue at the portal
        }
    }
}
