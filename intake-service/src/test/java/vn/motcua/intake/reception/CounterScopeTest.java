package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierReceptionTest;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.TestTokens;

/**
 * A department's desk receives for its own agency; a counter configured to receive for others (a provincial
 * service centre, a city's one-stop for its wards) for those too; citizens submit for any.
 */
@QuarkusTest
@TestProfile(CounterScopeTest.ServiceCentre.class)
class CounterScopeTest {

    public static class ServiceCentre implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.reception.receives-for.UBNDT", "*",
                    "motcua.reception.receives-for.UBNDPL", "UBNDLA,UBNDLH");
        }
    }

    static final String SKHCN_PROCEDURE = "1.004227.000.00.00.H56";
    static final String BA_SAO_MARRIAGE = "1.000894.000.00.00.H56";
    static final String LIEM_TUYEN_EXTRACT = "2.000635.000.00.00.H56";

    static Supplier<RequestSpecification> counter(String user, String agency) {
        return () -> given().header("Authorization", TestTokens.bearer(user, agency, "counter-officer"));
    }

    static int submit(Supplier<RequestSpecification> as, String procedure) {
        String body = DossierReceptionTest.body("001090012345").replace(DossierReceptionTest.PROCEDURE, procedure);
        return as.get().contentType("application/json").body(DossierSubmissions.complete("", body, procedure, as))
                .post("/api/v1/dossiers").then().extract().statusCode();
    }

    static long receivedBy(String user) {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.count("submittedBy", user));
    }

    @Test
    void aDepartmentsDeskReceivesOnlyForItsOwnAgency() {
        String user = "counter-vh-" + System.nanoTime();
        var culture = counter(user, "SVHTTDL");
        String body = DossierReceptionTest.body("001090012345");
        culture.get().contentType("application/json").body(DossierSubmissions.complete("", body, SKHCN_PROCEDURE, culture))
                .post("/api/v1/dossiers").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("not-your-agency"));
        assertThat(receivedBy(user)).isZero();
        assertThat(submit(counter("counter1", "SKHCN"), SKHCN_PROCEDURE)).isEqualTo(201);
        assertThat(submit(counter("counter-no-agency-" + System.nanoTime(), null), SKHCN_PROCEDURE)).isEqualTo(403);
    }

    @Test
    void aServiceCentreReceivesForEveryAgencyAndACityForItsWards() {
        var centre = counter("centre-" + System.nanoTime(), "UBNDT");
        assertThat(submit(centre, SKHCN_PROCEDURE)).isEqualTo(201);
        assertThat(submit(centre, BA_SAO_MARRIAGE)).isEqualTo(201);
        var city = counter("city-" + System.nanoTime(), "UBNDPL");
        assertThat(submit(city, LIEM_TUYEN_EXTRACT)).isEqualTo(201);
        assertThat(submit(city, SKHCN_PROCEDURE)).isEqualTo(403);
    }

    @Test
    void citizensAreNotBoundByIt() {
        assertThat(submit(() -> given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen")), BA_SAO_MARRIAGE))
                .isEqualTo(201);
    }
}
