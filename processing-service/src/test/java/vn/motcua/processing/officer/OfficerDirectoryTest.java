package vn.motcua.processing.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.processing.support.CaseFixtures;

/** A case is assigned only to an active specialist or leader of its agency whom the directory knows. */
@QuarkusTest
class OfficerDirectoryTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    OfficerDirectory directory;

    static io.restassured.response.ValidatableResponse assignAs(String code, String assignee) {
        return CaseFixtures.leader1().body("{\"assignee\":\"" + assignee + "\"}").post("/api/v1/cases/" + code + "/actions/ASSIGN").then();
    }

    @Test
    void nobodyACitizenAndAnotherAgencysOfficerAreRefused() {
        String code = fixtures.openFresh();
        assignAs(code, "nobody").statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("unknown-officer")).body("errors[0].field", equalTo("assignee"));
        CaseFixtures.as("citizen1", null, "citizen").get("/api/v1/cases").then().statusCode(403); // a citizen is no officer
        assignAs(code, "citizen1").statusCode(422).body("code", equalTo("unknown-officer"));
        assignAs(code, "partner1").statusCode(422).body("code", equalTo("officer-of-another-agency"));
        String counter = "counter-" + System.nanoTime();
        CaseFixtures.as(counter, "SKHCN", "counter-officer").get("/api/v1/cases").then().statusCode(200);
        assignAs(code, counter).statusCode(422).body("code", equalTo("officer-not-assignable"));
        assertThat(CaseFixtures.load(code).assignee()).isNull();
        assignAs(code, "specialist1").statusCode(200).body("state", equalTo("ASSIGNED"));
    }

    @Test
    void anOfficerWhoSignedInCanBeAssignedAndOneWhoLeftCannot() {
        String code = fixtures.openFresh();
        String newcomer = "specialist-" + System.nanoTime();
        assignAs(code, newcomer).statusCode(422).body("code", equalTo("unknown-officer"));
        CaseFixtures.as(newcomer, "SKHCN", "specialist").get("/api/v1/cases").then().statusCode(200);
        assignAs(code, newcomer).statusCode(200).body("assignee", equalTo(newcomer));

        // Keycloak no longer lists an officer it listed: inactive, no new case for them
        String leaver = "leaver-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() ->
                directory.record(leaver, "SKHCN", Set.of("specialist"), true, OfficerDirectory.Source.KEYCLOAK));
        String other = fixtures.openFresh();
        QuarkusTransaction.requiringNew().run(() -> directory.deactivateKeycloakOfficersOtherThan(
                Set.of("specialist1", "leader1", "partner1", newcomer)));
        assignAs(other, leaver).statusCode(422).body("code", equalTo("officer-inactive"));
        // an officer who came in by their own sign-in is not Keycloak's to remove
        assertThat(directory.find(newcomer)).hasValueSatisfying(o -> assertThat(o.active()).isTrue());
    }
}
