package vn.motcua.portalsync.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.support.Paths;
import vn.motcua.portalsync.support.Journey;
import vn.motcua.portalsync.support.Journey.Agency;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.Waits;

/** Who may see what of the sync, and the figures it reports. */
@QuarkusTest
class SyncApiTest {

    @Test
    void rolesAndScopesOfTheLedger() {
        Journey j = Journey.of(Agency.SVHTTDL).accepted().opened().step("ASSIGN", CaseState.ASSIGNED).publish();
        Paths.awaitStatuses(j, List.of(2, 4));
        String path = "/api/v1/portal-sync/dossiers/" + j.code;
        given().get(path).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen")).get(path).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("specialist1", "SVHTTDL", "specialist")).get(path).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader")).get(path).then().statusCode(404)
                .body("code", equalTo("unknown-dossier"));
        given().header("Authorization", TestTokens.bearer("leader2", "SVHTTDL", "leader")).get(path).then().statusCode(200)
                .header("Cache-Control", "no-store").body("agencyCode", equalTo("SVHTTDL"));
        Waits.until("acknowledged", () -> given().header("Authorization", TestTokens.bearer("dash", null, "dashboard"))
                .get(path).then().statusCode(200).extract().jsonPath().getBoolean("synced"));
        var ledger = given().header("Authorization", TestTokens.bearer("dash", null, "dashboard")).get(path).then()
                .extract().jsonPath();
        assertThat(ledger.getList("changes.kind")).containsExactly("DOSSIER", "STATUS");
        assertThat(ledger.getList("changes.calls.outcome").stream().map(Object::toString)).isNotEmpty().allMatch(s -> s.contains("ACKED"));
        given().header("Authorization", TestTokens.bearer("admin1", null, "admin")).get("/api/v1/portal-sync/parked?limit=0")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader"))
                .post("/api/v1/portal-sync/reconciliation").then().statusCode(403);
    }

    @Test
    void theSummaryCountsTheCallersScope() {
        Journey j = Journey.of(Agency.UBND_COMMUNE).accepted().publish();
        Paths.awaitStatuses(j, List.of(2));
        Waits.until("the commune's dossiers are all synced", () -> given()
                .header("Authorization", TestTokens.bearer("leader5", "UBNDBS", "leader")).get("/api/v1/portal-sync/summary")
                .then().statusCode(200).extract().jsonPath().getDouble("syncRatePercent") == 100.0);
        var s = given().header("Authorization", TestTokens.bearer("leader5", "UBNDBS", "leader")).get("/api/v1/portal-sync/summary")
                .then().extract().jsonPath();
        assertThat(s.getString("agencyCode")).isEqualTo("UBNDBS");
        assertThat(s.getLong("dossiers")).isPositive().isEqualTo(s.getLong("synced"));
        Waits.until("the figures are on /q/metrics", () -> given().get("/q/metrics").then().extract().asString()
                .contains("motcua_portal_dossiers_synced"));
        assertThat(given().get("/q/metrics").then().extract().asString()).contains("motcua_portal_lag_seconds",
                "motcua_portal_changes_parked", "motcua_portal_ack_lag_seconds");
    }
}
