package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three packaged services against real Keycloak, Kafka and PostgreSQL, exactly as {@code ./motcua run} starts
 * them, but on free ports with throw-away data.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedStack.Extension.class)
class JourneyE2ETest {

    static Tokens tokens;
    static String intake;
    static String processing;
    static String notification;

    @BeforeAll
    static void startStack() {
        SharedStack s = SharedStack.get();
        tokens = s.tokens();
        intake = s.url("intake-service");
        processing = s.url("processing-service");
        notification = s.url("notification-service");
    }

    static final String DOSSIER = """
            {"procedureCode": "1.004227.000.00.00.H56",
             "applicant": {"type": "INDIVIDUAL", "fullName": "Nguyễn Văn An", "citizenId": "001090012345",
                           "dateOfBirth": "1990-05-17", "phone": "0912345678", "email": "an@example.vn",
                           "address": "12 Lê Lợi, Phủ Lý, Hà Nam"}}""";

    /** The dossier with a PDF uploaded by the token's user for every mandatory component. */
    static String complete(String intake, String token) {
        return vn.motcua.testsupport.DossierSubmissions.complete(intake, DOSSIER, "1.004227.000.00.00.H56",
                () -> given().auth().oauth2(token));
    }

    @Test
    void aCitizensDossierTravelsThroughAllThreeServices() {
        String citizen = tokens.of("citizen1");
        Response submitted = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(complete(intake, citizen))
                .post(intake + "/api/v1/dossiers");
        submitted.then().statusCode(201).body("code", matchesPattern("000\\.17\\.22\\.H56-\\d{6}-\\d{4}"))
                .body("channel", equalTo("ONLINE"));
        String code = submitted.path("code");
        String appointment = submitted.path("appointmentAt");

        given().auth().oauth2(citizen).get(intake + "/api/v1/dossiers/" + code).then().statusCode(200)
                .body("submittedBy", equalTo("citizen1"));

        String specialist = tokens.of("specialist1"); // agency SKHCN, the procedure's agency
        Response kase = await(() -> given().auth().oauth2(specialist).get(processing + "/api/v1/cases/" + code), "case " + code);
        kase.then().body("state", equalTo("RECEIVED")).body("agencyCode", equalTo("SKHCN"));
        assertThat(java.time.OffsetDateTime.parse(kase.path("dueAt")).toInstant())
                .isEqualTo(java.time.OffsetDateTime.parse(appointment).toInstant());

        Response inbox = await(() -> {
            Response r = given().auth().oauth2(citizen).get(notification + "/api/v1/notifications?dossierCode=" + code);
            return r.statusCode() == 200 && r.jsonPath().getList("items").size() == 1 ? r : null;
        }, "receipt message for " + code);
        inbox.then().body("items", hasSize(1)).body("items[0].kind", equalTo("RECEIPT"));

        // another citizen sees none of it
        String other = tokens.of("citizen2");
        given().auth().oauth2(other).get(intake + "/api/v1/dossiers/" + code).then().statusCode(403);
        given().auth().oauth2(other).get(processing + "/api/v1/cases/" + code).then().statusCode(403);
        given().auth().oauth2(other).get(notification + "/api/v1/notifications?dossierCode=" + code).then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void refusals() {
        given().contentType(ContentType.JSON).body(DOSSIER).post(intake + "/api/v1/dossiers").then().statusCode(401);
        given().auth().oauth2("not-a-token").get(intake + "/api/v1/dossiers").then().statusCode(401);
        given().auth().oauth2(tokens.of("specialist1")).contentType(ContentType.JSON).body(DOSSIER)
                .post(intake + "/api/v1/dossiers").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(tokens.of("citizen1")).contentType(ContentType.JSON).body("{\"procedureCode\": ")
                .post(intake + "/api/v1/dossiers").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("malformed-json"));
        given().auth().oauth2(tokens.of("citizen1")).get(processing + "/api/v1/cases").then().statusCode(403);
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        for (String base : new String[] {intake, processing, notification}) {
            given().get(base + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get(base + "/q/metrics").then().statusCode(200);
            given().get(base + "/q/openapi").then().statusCode(200);
        }
        given().get(intake + "/api/v1/procedures").then().statusCode(200);
    }

    static Response await(Supplier<Response> call, String what) {
        return SharedStack.await(call, what);
    }
}
