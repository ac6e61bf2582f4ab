package vn.motcua.portalsync.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.support.Journey;
import vn.motcua.portalsync.support.Journey.Agency;
import vn.motcua.portalsync.support.Paths;
import vn.motcua.portalsync.support.Portal;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.Waits;

/**
 * A portal that is down, slow or refusing: nothing is lost or reordered while it is down; a refused change is parked
 * with the portal's message, holds the dossier's later changes, and goes once an operator retries it; a malformed
 * event is dead-lettered without stopping the others.
 */
@QuarkusTest
class OutageAndParkingTest {

    static final String ADMIN = TestTokens.bearer("admin1", null, "admin");

    @AfterEach
    void portalBackUp() {
        Portal.clear();
    }

    /** The ledger as far as it exists: empty until the dossier has been read (a wait polls it from the start). */
    static JsonPath ledgerSoFar(String code) {
        var r = given().header("Authorization", ADMIN).get("/api/v1/portal-sync/dossiers/" + code);
        return r.statusCode() == 404 ? new JsonPath("{\"changes\":[],\"synced\":false}") : r.then().statusCode(200).extract().jsonPath();
    }

    static int firstChangeCalls(String code) {
        java.util.List<Object> calls = ledgerSoFar(code).getList("changes[0].calls");
        return calls == null ? 0 : calls.size();
    }

    static JsonPath ledger(String code) {
        return given().header("Authorization", ADMIN).get("/api/v1/portal-sync/dossiers/" + code).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aPortalOutageDelaysEveryChangeAndLosesOrReordersNone() {
        Portal.fail("ERROR_500", -1);
        Journey a = Paths.fullPath(Agency.SKHCN).publishProcessingFirst();
        Journey b = Paths.fullPath(Agency.UBND_COMMUNE).publishIntakeFirst();
        Waits.until("several calls refused during the outage", () -> firstChangeCalls(a.code) >= 3);
        assertThat(Portal.received(a.code)).isEmpty();
        assertThat(ledger(a.code).getString("changes[0].calls[0].outcome")).isEqualTo("UNAVAILABLE");
        assertThat(ledger(a.code).getString("changes[1].state")).as("the next change waits behind the first").isEqualTo("PENDING");
        assertThat(ledger(a.code).getInt("changes[1].attempts")).isZero();
        Portal.fail("TIMEOUT", 2); // then two calls that time out
        Waits.until("the time-outs were met", () -> firstChangeCalls(a.code) >= 4
                || Portal.received(a.code).size() > 0);
        Portal.clear();
        Paths.awaitStatuses(a, Paths.FULL_PATH);
        Paths.awaitStatuses(b, Paths.FULL_PATH);
        Waits.until("the ledger says synced", () -> ledgerSoFar(a.code).getBoolean("synced"));
    }

    @Test
    void aRefusedChangeIsParkedWithThePortalsMessageHoldsTheRestAndGoesOnRetry() {
        Journey j = Journey.of(Agency.SVHTTDL).accepted().opened().publish();
        Paths.awaitStatuses(j, List.of(2));
        Portal.fail("REJECT", 1);
        j.step("ASSIGN", CaseState.ASSIGNED).publish();
        Waits.until("the refused change is parked", () -> "PARKED".equals(ledgerSoFar(j.code).getString("changes[1].state")));
        j.step("START", CaseState.IN_PROCESS).publish();
        Waits.until("the next change is queued", () -> ledgerSoFar(j.code).getList("changes").size() == 3);
        assertThat(ledger(j.code).getString("changes[1].portalMessage")).contains("từ chối");
        List<Integer> parkedIds = given().header("Authorization", ADMIN).get("/api/v1/portal-sync/parked?limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.dossierCode == '" + j.code + "' }.id");
        assertThat(parkedIds).hasSize(1);
        Waits.holds("nothing after the parked change is sent", java.time.Duration.ofMillis(800),
                () -> Portal.received(j.code).size() == 1);

        given().header("Authorization", TestTokens.bearer("leader9", "SKHCN", "leader"))
                .post("/api/v1/portal-sync/parked/" + parkedIds.get(0) + "/retry").then().statusCode(409);
        given().header("Authorization", TestTokens.bearer("leader2", "SVHTTDL", "leader"))
                .post("/api/v1/portal-sync/parked/" + parkedIds.get(0) + "/retry").then().statusCode(202);
        Paths.awaitStatuses(j, List.of(2, 4, 4));
        given().header("Authorization", ADMIN).post("/api/v1/portal-sync/parked/" + parkedIds.get(0) + "/retry")
                .then().statusCode(409).body("code", equalTo("not-parked"));
    }

    @Test
    void aPayloadThePortalCannotAcceptIsParkedWithItsReason() {
        var bad = new AgencyProfile("SKHCN", 0, "Sở Khoa học và Công nghệ", AgencyProfile.AgencyLevel.PROVINCE,
                AgencyProfile.AgencyKind.DEPARTMENT, null, "SKHCN-NO-ID", "Hà Nam", List.of("07:30-11:30"),
                new AgencyProfile.Letterhead(null, "SỞ KHCN", "Sở KHCN", "Hà Nam", "GIÁM ĐỐC", "SKHCN"), null, true);
        Journey j = Journey.of(Agency.SKHCN).accepted(10, java.time.OffsetDateTime.parse("2026-12-08T09:00:00+07:00"), bad)
                .publish();
        Waits.until("parked", () -> "PARKED".equals(ledgerSoFar(j.code).getString("changes[0].state")));
        assertThat(ledger(j.code).getString("changes[0].portalMessage")).contains("MaDinhDanhDV");
        assertThat(Portal.received(j.code)).isEmpty();
    }

    @Test
    void aMalformedEventIsSetAsideAndTheNextDossierStillArrives() {
        Journey.sendRaw(Topics.INTAKE_DOSSIER_EVENTS, "x", "{\"not\":\"a cloud event\"");
        Journey.sendRaw(Topics.PROCESSING_CASE_EVENTS, "y", """
                {"specversion":"1.0","id":"%s","source":"/motcua/processing-service",
                 "type":"vn.motcua.processing.case.status-changed.v1","subject":"y","data":{"dossierCode":"y"}}"""
                .formatted(java.util.UUID.randomUUID()));
        Journey j = Journey.of(Agency.SKHCN).accepted().opened().step("ASSIGN", CaseState.ASSIGNED).publish();
        Paths.awaitStatuses(j, List.of(2, 4));
    }
}
