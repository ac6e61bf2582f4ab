package vn.motcua.notification.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.letter.ApologyDeliveryTest;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.fuzz.WriteEndpointFuzz;

/**
 * Random, malformed and hostile JSON at notification's write endpoint (the apology preview renders a PDF from what
 * it is given), hostile ids at marking a message read: only 2xx or 4xx problem+json, nothing stored on a refusal.
 */
@QuarkusTest
class WriteEndpointsFuzzTest {

    static final long SEED = WriteEndpointFuzz.SEED;
    static final int VARIANTS = WriteEndpointFuzz.VARIANTS;

    @Inject
    EntityManager em;

    long rows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(WriteEndpointFuzz.countRows(
                "notification", "letter", "letter_number", "dossier_contact", "outbox_event")).getSingleResult()).longValue());
    }

    @Test
    void theApologyPreviewAnswers2xxOr4xxProblemAndStoresNothing() {
        var leader = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
                () -> given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader"));
        var outcome = WriteEndpointFuzz.run(new WriteEndpointFuzz.Endpoint("POST", "/api/v1/letters/preview/apology", leader,
                ApologyDeliveryTest.apology("000.17.22.H56-261125-9998", "fuzz@example.vn")), SEED, VARIANTS, this::rows);
        io.quarkus.logging.Log.infof("fuzz (seed %d): %s", SEED, outcome);
        assertThat(outcome.refused()).as(outcome.toString()).isGreaterThan(VARIANTS / 3);
        assertThat(outcome.statuses()).containsKey(200).doesNotContainKeys(401, 403, 415);
        assertThat(outcome.failures()).as("seed %d", SEED).isEmpty();
    }

    @Test
    void aMalformedMessageIdIs400NamingIt() {
        for (String id : List.of("abc", "1-1-1-1-1", "00000000-0000-0000-0000-00000000000g", "%20")) {
            given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader")).urlEncodingEnabled(false)
                    .post("/api/v1/notifications/" + id + "/read").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
        }
    }

    @Test
    void everyParameterOfTheReadsAnswers2xxOr4xxProblem() {
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> citizen =
                () -> given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"));
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> leader =
                () -> given().header("Authorization", TestTokens.bearer("leader1", "SKHCN", "leader"));
        var reads = List.of(
                new vn.motcua.testsupport.fuzz.ReadParameterFuzz.Read("/api/v1/letters?dossierCode=", citizen),
                new vn.motcua.testsupport.fuzz.ReadParameterFuzz.Read("/api/v1/letters/", citizen),
                new vn.motcua.testsupport.fuzz.ReadParameterFuzz.Read("/api/v1/notifications?unread=", leader),
                new vn.motcua.testsupport.fuzz.ReadParameterFuzz.Read("/api/v1/notifications?dossierCode=", citizen),
                new vn.motcua.testsupport.fuzz.ReadParameterFuzz.Read("/api/v1/notifications/", leader));
        assertThat(vn.motcua.testsupport.fuzz.ReadParameterFuzz.run(reads)).isEmpty();
    }
}
