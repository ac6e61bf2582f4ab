package vn.motcua.intake.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.component.DossierComponent;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierReceptionTest;
import vn.motcua.signature.testing.TestPki;
import vn.motcua.testsupport.TestTokens;

/** Text with control characters is refused where it comes in, wherever that is; file names are names, never paths. */
@QuarkusTest
class HostileTextTest {

    static Supplier<RequestSpecification> citizen(String user) {
        return () -> RestAssured.given().header("Authorization", TestTokens.bearer(user, null, "citizen"));
    }

    static long dossiersOf(String user) {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.count("submittedBy", user));
    }

    @Test
    void aNulInAJsonFieldIsRefusedNamingTheFieldAndNothingIsStored() {
        String user = "hostile-" + UUID.randomUUID();
        String body = DossierReceptionTest.complete("001090012345", citizen(user)).replace("Nguyễn Văn An", "Nguyễn\\u0000 Văn An");
        citizen(user).get().contentType("application/json").body(body).post("/api/v1/dossiers").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("control-character"))
                .body("errors.field", hasItem("applicant.fullName")).body("detail", containsString("U+0000"))
                .body("detail_vi", containsString("ký tự điều khiển"));
        assertThat(dossiersOf(user)).isZero();
        // an escape sequence in an address (a terminal or log injection) is refused the same way; a newline is text
        citizen(user).get().contentType("application/json").body(body.replace("Nguyễn\\u0000 Văn An", "Nguyễn Văn An")
                        .replace("12 Lê Lợi", "12 Lê Lợi\\u001b[2J")).post("/api/v1/dossiers").then().statusCode(400)
                .body("errors.field", hasItem("applicant.address")).body("detail", containsString("U+001B"));
        citizen(user).get().contentType("application/json").body(body.replace("Nguyễn\\u0000 Văn An", "Nguyễn Văn An")
                .replace("12 Lê Lợi", "12 Lê Lợi\\nthôn 3")).post("/api/v1/dossiers").then().statusCode(201);
        assertThat(dossiersOf(user)).isEqualTo(1);
    }

    @Test
    void halfASurrogatePairIsRefusedAndAWholeOneIsText() {
        String user = "hostile-" + UUID.randomUUID();
        String body = DossierReceptionTest.complete("001090012345", citizen(user));
        citizen(user).get().contentType("application/json").body(body.replace("Nguyễn Văn An", "Nguyễn \\ud83d Văn An"))
                .post("/api/v1/dossiers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("applicant.fullName")).body("detail", containsString("U+D83D"));
        assertThat(dossiersOf(user)).isZero();
        citizen(user).get().contentType("application/json").body(body.replace("12 Lê Lợi", "12 Lê Lợi \\ud83c\\udfe0"))
                .post("/api/v1/dossiers").then().statusCode(201);
    }

    @Test
    void aNulInASupplementNoteIsRefused() {
        citizen("citizen1").get().contentType("application/json").body("{\"components\":[],\"note\":\"bổ sung\\u0000\"}")
                .post("/api/v1/dossiers/000.17.22.H56-261124-9999/supplement").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("control-character"))
                .body("errors[0].field", equalTo("note"));
    }

    @Test
    void controlCharactersInQueryPathAndHeadersAreRefusedEvenUnauthenticated() {
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/procedures?q=a%00").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("control-character"))
                .body("errors[0].field", equalTo("q"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/public/dossiers/%00/status?phone4=1234").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/procedures?q=%C2%85").then().statusCode(400)
                .body("detail", containsString("U+0085"));
        citizen("citizen1").get().contentType("application/pdf").header("X-File-Name", "UTF-8''don%00.pdf")
                .body(TestPki.pdf("x")).post("/api/v1/uploads").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("X-File-Name"));
    }

    @Test
    void percentAndUnderscoreInASearchAreCharactersNotWildcards() {
        RestAssured.given().queryParam("q", "%").get("/api/v1/procedures").then().statusCode(200).body("items.size()", equalTo(0));
        RestAssured.given().queryParam("q", "_").get("/api/v1/procedures").then().statusCode(200).body("items.size()", equalTo(0));
        RestAssured.given().queryParam("field", "%").get("/api/v1/procedures").then().statusCode(200).body("items.size()", equalTo(0));
        // an ordinary search still finds what it names (so the two above are not empty for another reason)
        RestAssured.given().queryParam("q", "kết hôn").get("/api/v1/procedures").then().statusCode(200)
                .body("items.code", hasItem("1.000894.000.00.00.H56"));
    }

    @Test
    void uploadedFileNamesAreSafeDisplayNames() {
        var as = citizen("citizen1");
        String traversal = as.get().contentType("application/pdf").header("X-File-Name", "../../etc/passwd").body(TestPki.pdf("a"))
                .post("/api/v1/uploads").then().statusCode(201).body("fileName", equalTo("passwd")).extract().path("id");
        as.get().contentType("application/pdf").header("X-File-Name", "..\\..\\windows\\don.pdf").body(TestPki.pdf("b"))
                .post("/api/v1/uploads").then().statusCode(201).body("fileName", equalTo("don.pdf"));
        as.get().contentType("application/pdf").header("X-File-Name", "UTF-8''%C4%90%C6%A1n%20%C4%91%C4%83ng%20k%C3%BD.pdf")
                .body(TestPki.pdf("c")).post("/api/v1/uploads").then().statusCode(201).body("fileName", equalTo("Đơn đăng ký.pdf"));
        // raw UTF-8 bytes in the header (what curl sends) come out as the name meant, not as mojibake
        String raw = new String("Giấy khai sinh.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        as.get().contentType("application/pdf").header("X-File-Name", raw).body(TestPki.pdf("d"))
                .post("/api/v1/uploads").then().statusCode(201).body("fileName", equalTo("Giấy khai sinh.pdf"));
        String stored = QuarkusTransaction.requiringNew().call(() ->
                DossierComponent.<DossierComponent>findById(UUID.fromString(traversal)).fileName);
        assertThat(stored).isEqualTo("passwd");
    }
}
