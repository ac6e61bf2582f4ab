package vn.motcua.intake.component;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.DossierReceptionTest;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.outbox.OutboxEvent;
import vn.motcua.signature.testing.TestPki;
import vn.motcua.testsupport.TestTokens;

/** Components are typed by content, size-limited, stored content-addressed and their signatures verified. */
@QuarkusTest
class ComponentUploadTest {

    static final TestPki PKI = TestPki.create("Intake Test CA");

    @BeforeAll
    static void trust() {
        PKI.writeTrustDirectory(Path.of("target/test-trust"), PKI.crl());
    }

    static RequestSpecification as(String user, String agency, String role) {
        return given().header("Authorization", TestTokens.bearer(user, agency, role));
    }

    static String submit() {
        return as("citizen1", null, "citizen").contentType("application/json")
                .body(DossierReceptionTest.complete("001090012345", () -> as("citizen1", null, "citizen")))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
    }

    static String url(String code, String name) {
        return "/api/v1/dossiers/" + code + "/components?name=" + name;
    }

    static long components(String code) {
        return QuarkusTransaction.requiringNew().call(() -> DossierComponent.count(
                "dossierId = (SELECT d.id FROM Dossier d WHERE d.code = ?1)", code));
    }

    @Test
    void signedPdfsAreVerifiedImagesAreUnsignedAndFilesAreStoredByContent() throws Exception {
        String code = submit();
        byte[] signed = TestPki.signPdf(TestPki.pdf("Don de nghi cap giay chung nhan"), PKI.issue("Nguyễn Văn An"), Instant.now());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed));

        as("citizen1", null, "citizen").contentType("application/pdf").header("X-File-Name", "don.pdf").body(signed)
                .post(url(code, "Đơn đề nghị")).then().statusCode(201)
                .body("signatureState", equalTo("VALID")).body("signerName", equalTo("Nguyễn Văn An"))
                .body("sha256", equalTo(sha)).body("mediaType", equalTo("application/pdf"));
        assertThat(Files.readAllBytes(Path.of("target/test-files", sha.substring(0, 2), sha))).isEqualTo(signed);
        // the same file again is stored once
        as("counter1", "SKHCN", "counter-officer").contentType("application/octet-stream").body(signed)
                .post(url(code, "Bản sao đơn")).then().statusCode(201).body("sha256", equalTo(sha));

        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        as("citizen1", null, "citizen").contentType("image/png").body(png).post(url(code, "Ảnh chụp CCCD")).then()
                .statusCode(201).body("signatureState", equalTo("UNSIGNED"));
        as("citizen1", null, "citizen").contentType("application/pdf").body(TestPki.tamper(signed))
                .post(url(code, "Bản bị sửa")).then().statusCode(201).body("signatureState", equalTo("INVALID"));

        as("specialist1", "SKHCN", "specialist").get("/api/v1/dossiers/" + code + "/components").then().statusCode(200)
                .body("size()", equalTo(6)).body("componentCode[0]", equalTo("DON")).body("componentCode[1]", equalTo("DSNS"))
                .body("signatureState[2..5]", org.hamcrest.Matchers.contains("VALID", "VALID", "UNSIGNED", "INVALID"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key = ?1 AND type = ?2", code,
                EventTypes.DOSSIER_COMPONENT_ADDED))).isEqualTo(6);
    }

    @Test
    void badUploadsAreRefusedAndLeaveNothingBehind() {
        String code = submit();
        as("citizen1", null, "citizen").contentType("application/pdf").header("X-File-Name", "giay-to.pdf")
                .body("MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes())
                .post(url(code, "Giấy tờ")).then().statusCode(415).contentType("application/problem+json")
                .body("code", equalTo("unsupported-content")).body("detail_vi", org.hamcrest.Matchers.containsString("nội dung"));
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
        as("citizen1", null, "citizen").contentType("application/pdf").body(big).post(url(code, "Quá lớn")).then()
                .statusCode(413).body("code", equalTo("file-too-large"));
        as("citizen1", null, "citizen").contentType("application/pdf").body(TestPki.pdf("x")).post("/api/v1/dossiers/" + code + "/components")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        // a file of a type the component does not accept is refused; it stays an unused upload for the clean-up
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 7};
        as("citizen1", null, "citizen").contentType("image/png").body(png)
                .post("/api/v1/dossiers/" + code + "/components?component=DON").then().statusCode(415)
                .body("code", equalTo("component-type-not-accepted"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> DossierComponent.count(
                "dossierId IS NULL AND uploadedBy = 'citizen1' AND mediaType = 'image/png' AND sizeBytes = 17"))).isPositive();
        as("citizen1", null, "citizen").contentType("application/pdf").body(TestPki.pdf("don moi"))
                .post("/api/v1/dossiers/" + code + "/components?component=DON").then().statusCode(201)
                .body("componentCode", equalTo("DON"));
        as("citizen2", null, "citizen").contentType("application/pdf").body(TestPki.pdf("x")).post(url(code, "Khác"))
                .then().statusCode(403);
        as("specialist1", "SKHCN", "specialist").contentType("application/pdf").body(TestPki.pdf("x")).post(url(code, "Khác"))
                .then().statusCode(403);
        given().contentType("application/pdf").body(TestPki.pdf("x")).post(url(code, "Khác")).then().statusCode(401);
        assertThat(components(code)).as("the two received at submission and the new DON").isEqualTo(3);
        try (var tmp = Files.list(Path.of("target/test-files/tmp"))) {
            assertThat(tmp.filter(p -> p.toString().endsWith(".part")).count()).as("no staged leftovers").isZero();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
