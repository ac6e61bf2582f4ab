package vn.motcua.intake.supplement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierReceptionTest;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.outbox.OutboxEvent;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.TestTokens;

/** Processing's status events reach intake; the applicant supplements when asked and rates after the result. */
@QuarkusTest
class SupplementAndRatingTest {

    static Supplier<RequestSpecification> as(String user, String role) {
        return () -> given().header("Authorization", TestTokens.bearer(user, null, role));
    }

    static String statusChanged(String code, String to, int national, String comment, OffsetDateTime at) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/processing-service","type":"%s","subject":"%s",
                 "time":"2026-11-24T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","agencyCode":"SKHCN","procedureCode":"1.004227.000.00.00.H56",
                   "transition":{"action":"X","fromState":"IN_PROCESS","toState":"%s","nationalStatusCode":%d,
                     "actor":"specialist1","at":"%s","comment":"%s"},
                   "deadline":{"paused":false},"submittedBy":"citizen1"}}
                """.formatted(UUID.randomUUID(), EventTypes.CASE_STATUS_CHANGED, code, code, to, national, at, comment);
    }

    static void send(String key, String value) throws Exception {
        vn.motcua.testsupport.KafkaRecords.send(Topics.PROCESSING_CASE_EVENTS, key, value);
    }

    static void awaitState(String code, String state) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Dossier.byCode(code).map(d -> d.processingState).orElse(null))
                == vn.motcua.platform.events.contract.CaseState.valueOf(state));
    }

    static long events(String code, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key = ?1 AND type = ?2", code, type));
    }

    @Test
    void aWithdrawalProcessingRefusedPutsTheDossierBackAndTellsTheApplicantWhy() throws Exception {
        var citizen = as("citizen1", "citizen");
        String code = citizen.get().contentType("application/json").body(DossierReceptionTest.complete("001090012345", citizen))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        citizen.get().contentType("application/json").body("{\"reason\":\"Nộp nhầm\"}")
                .post("/api/v1/dossiers/" + code + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        // processing had approved the case before it read the withdrawal
        send(code, """
                {"specversion":"1.0","id":"%s","source":"/motcua/processing-service","type":"%s","subject":"%s",
                 "time":"2026-11-24T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","state":"APPROVED","reason":"Hồ sơ đã có quyết định giải quyết (APPROVED)","at":"%s"}}
                """.formatted(UUID.randomUUID(), EventTypes.CASE_WITHDRAWAL_REFUSED, code, code, OffsetDateTime.now()));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Dossier.byCode(code).orElseThrow().status) == vn.motcua.intake.dossier.DossierStatus.ACCEPTED);
        citizen.get().get("/api/v1/dossiers/" + code).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("withdrawalRefused", org.hamcrest.Matchers.containsString("APPROVED"));
    }

    @Test
    void theApplicantSupplementsOnceWhenAskedAndRatesOnceAfterTheResult() throws Exception {
        var citizen = as("citizen1", "citizen");
        String code = citizen.get().contentType("application/json").body(DossierReceptionTest.complete("001090012345", citizen))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        String body = "{\"components\":[{\"code\":\"DSNS\",\"uploadId\":\"" + DossierSubmissions.upload("", citizen, "bo sung")
                + "\"}],\"note\":\"Bổ sung danh sách chuyên gia\"}";
        // nothing was asked yet
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers/" + code + "/supplement")
                .then().statusCode(409).body("code", equalTo("no-supplement-requested"));

        OffsetDateTime t = OffsetDateTime.now();
        send(code, statusChanged(code, "SUPPLEMENT_REQUESTED", 5, "Thiếu danh sách chuyên gia", t));
        awaitState(code, "SUPPLEMENT_REQUESTED");
        citizen.get().get("/api/v1/dossiers/" + code).then().statusCode(200)
                .body("supplementRequest", equalTo("Thiếu danh sách chuyên gia")).body("nationalStatus", equalTo(5));

        as("citizen2", "citizen").get().contentType("application/json").body(body).post("/api/v1/dossiers/" + code + "/supplement")
                .then().statusCode(403);
        citizen.get().contentType("application/json").body("{\"components\":[]}").post("/api/v1/dossiers/" + code + "/supplement")
                .then().statusCode(400).body("errors[0].field", equalTo("components"));
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers/" + code + "/supplement")
                .then().statusCode(200);
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers/" + code + "/supplement")
                .then().statusCode(409);
        assertThat(events(code, EventTypes.DOSSIER_SUPPLEMENTED)).isEqualTo(1);
        citizen.get().get("/api/v1/dossiers/" + code + "/components").then().statusCode(200)
                .body("findAll { it.componentCode == 'DSNS' }.size()", equalTo(2));

        // rating: only after the result was returned, by the submitter, once, with a known level
        String rating = "{\"rating\":\"SATISFIED\",\"comment\":\"Cán bộ hướng dẫn tận tình\"}";
        citizen.get().contentType("application/json").body(rating).post("/api/v1/dossiers/" + code + "/rating")
                .then().statusCode(409).body("code", equalTo("not-returned"));
        send(code, statusChanged(code, "RETURNED", 10, "", t.plusMinutes(5)));
        send(code, statusChanged(code, "IN_PROCESS", 4, "late redelivery of an older event", t.plusMinutes(1)));
        awaitState(code, "RETURNED");
        citizen.get().contentType("application/json").body("{\"rating\":\"GREAT\"}").post("/api/v1/dossiers/" + code + "/rating")
                .then().statusCode(400).body("errors[0].field", equalTo("rating"));
        as("citizen2", "citizen").get().contentType("application/json").body(rating).post("/api/v1/dossiers/" + code + "/rating")
                .then().statusCode(403);
        citizen.get().contentType("application/json").body(rating).post("/api/v1/dossiers/" + code + "/rating")
                .then().statusCode(200).body("rating", equalTo("SATISFIED"));
        citizen.get().contentType("application/json").body(rating).post("/api/v1/dossiers/" + code + "/rating")
                .then().statusCode(409).body("code", equalTo("already-rated"));
        assertThat(events(code, EventTypes.DOSSIER_RATED)).isEqualTo(1);
        // the older IN_PROCESS event may still arrive; it must not undo RETURNED
        vn.motcua.testsupport.Waits.holds("dossier " + code + " stays RETURNED", java.time.Duration.ofSeconds(1), () ->
                QuarkusTransaction.requiringNew().call(() -> Dossier.byCode(code).orElseThrow().processingState)
                        == vn.motcua.platform.events.contract.CaseState.RETURNED);
        // and a returned dossier can no longer be withdrawn
        citizen.get().contentType("application/json").body("{\"reason\":\"late\"}").post("/api/v1/dossiers/" + code + "/withdrawal")
                .then().statusCode(409).body("code", equalTo("result-exists"));
    }
}
