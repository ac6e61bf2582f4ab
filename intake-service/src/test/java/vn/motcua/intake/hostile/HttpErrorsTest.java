package vn.motcua.intake.hostile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.TestTokens;

/** Errors raised by the HTTP layer itself — too long, too large, wrong method or media type, bad parameter — are problem+json too. */
@QuarkusTest
class HttpErrorsTest {

    @Test
    void aTooLongAddressIs414Problem() {
        RestAssured.given().get("/api/v1/procedures?q=" + "a".repeat(9000)).then().statusCode(414)
                .contentType("application/problem+json").body("code", equalTo("uri-too-long"))
                .body("detail_vi", containsString("quá"));
    }

    @Test
    void aTooLargeBodyIs413ProblemAndNothingIsRead() {
        byte[] big = new byte[21 * 1024 * 1024];
        RestAssured.given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"))
                .contentType("application/pdf").header("X-File-Name", "big.pdf").body(big).post("/api/v1/uploads")
                .then().statusCode(413).contentType("application/problem+json").body("code", equalTo("payload-too-large"))
                .body("detail", containsString("20 MB"));
    }

    @Test
    void wrongMediaTypeAndMethodAreProblemsInTheProjectsWords() {
        var citizen = RestAssured.given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"));
        citizen.contentType("text/plain").body("hello").post("/api/v1/dossiers").then().statusCode(415)
                .contentType("application/problem+json").body("detail", not(containsString("MessageBodyReader")))
                .body("detail_vi", containsString("application/json"));
        RestAssured.given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"))
                .body("{}").post("/api/v1/dossiers").then().statusCode(415).contentType("application/problem+json");
        RestAssured.given().delete("/api/v1/procedures").then().statusCode(405).contentType("application/problem+json");
        RestAssured.given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aParameterOfTheWrongTypeIs400NamingIt() {
        RestAssured.given().get("/api/v1/procedures/1.004227.000.00.00.H56/versions/abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("version"));
        RestAssured.given().get("/api/v1/agencies?kind=MINISTRY").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"))
                .body("detail", containsString("POST_OFFICE"));
        RestAssured.given().get("/api/v1/agencies?kind=").then().statusCode(200); // empty: no filter
    }

    @Test
    void onlyAnAccessTokenForTheApiAuthenticates() {
        String good = TestTokens.token(TestTokens.Shape.ACCESS, "citizen1", null, "citizen");
        String idToken = TestTokens.token(new TestTokens.Shape("motcua-web", "ID"), "citizen1", null, "citizen");
        String otherClient = TestTokens.token(new TestTokens.Shape("account", "Bearer"), "citizen1", null, "citizen");
        String noAudience = TestTokens.token(new TestTokens.Shape(null, "Bearer"), "citizen1", null, "citizen");
        String typedId = TestTokens.token(new TestTokens.Shape(TestTokens.AUDIENCE, "ID"), "citizen1", null, "citizen");
        RestAssured.given().auth().oauth2(good).get("/api/v1/dossiers").then().statusCode(200);
        for (String refused : java.util.List.of(idToken, otherClient, noAudience, typedId)) {
            RestAssured.given().auth().oauth2(refused).get("/api/v1/dossiers").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aYearNoDossierCanHaveIsRefusedNamingTheField() {
        var citizen = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
                () -> RestAssured.given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"));
        String booking = """
                {"procedureCode":"1.004227.000.00.00.H56","fullName":"Nguyễn Văn An","phone":"0912345678",
                 "address":"12 Lê Lợi, Phủ Lý","slotStart":"%s"}""";
        for (String slot : java.util.List.of("9999-12-31T09:00:00+07:00", "+999999999-12-31T23:59:59Z", "1899-12-31T09:00:00+07:00")) {
            citizen.get().contentType("application/json").body(booking.formatted(slot)).post("/api/v1/home-appointments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("slotStart")).body("detail_vi", containsString("1900–2199"));
        }
    }
}
