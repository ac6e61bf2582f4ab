package vn.motcua.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Every failure becomes RFC 9457 problem+json with the Vietnamese text beside the English and the offending field
 * named, never Quarkus's own error pages or a stack trace.
 */
@QuarkusTest
class ProblemMappingTest {

    private static final String PATH = "/test/problems";

    @Test
    void aMissingFieldIsNamedInBothLanguages() {
        given().contentType("application/json").body("{\"copies\": 2}").post(PATH)
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("code", equalTo("invalid-field"))
                .body("title_vi", equalTo("Dữ liệu không hợp lệ"))
                .body("instance", equalTo(PATH))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("fullName"))
                .body("errors[0].message_vi", notNullValue());
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().contentType("application/json").body("{\"fullName\": \"Nguyễn Văn An\", \"copies\": \"many\"}").post(PATH)
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("code", equalTo("malformed-json"))
                .body("errors[0].field", equalTo("copies"))
                .body("detail_vi", containsString("copies"));
    }

    @Test
    void bodyThatIsNotJsonSaysSo() {
        given().contentType("application/json").body("{\"fullName\": ").post(PATH)
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("code", equalTo("malformed-json"))
                .body("detail_vi", containsString("JSON"));
    }

    @Test
    void aValidBodyPasses() {
        given().contentType("application/json").body("{\"fullName\": \"Nguyễn Văn An\", \"copies\": 2}").post(PATH)
                .then().statusCode(201);
    }

    @Test
    void aProblemExceptionKeepsItsFieldAndWording() {
        given().get(PATH + "/invalid-field")
                .then().statusCode(400).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors[0].field", equalTo("procedureCode"))
                .body("errors[0].message_vi", equalTo("không có thủ tục mã 9.999"))
                .body("errors[0].message", equalTo("no procedure with code 9.999"));
    }

    @Test
    void aBugIsA500ProblemThatTellsNothingOfTheInside() {
        given().get(PATH + "/bug")
                .then().statusCode(500).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("title_vi", notNullValue())
                .body(not(containsString("secret_table")));
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String big = "{\"fullName\": \"" + "a".repeat(300_000) + "\", \"copies\": 1}";
        given().contentType("application/json").body(big).post(PATH)
                .then().statusCode(413).contentType(startsWith(Problem.MEDIA_TYPE))
                .body("code", equalTo("body-too-large"));
    }

    @Test
    void noTokenForARoleGatedEndpointIs401AndAnUnknownPathIs404BothAsProblems() {
        given().get(PATH + "/leaders-only")
                .then().statusCode(401).contentType(startsWith(Problem.MEDIA_TYPE));
        given().get("/test/no-such-thing")
                .then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
    }
}
