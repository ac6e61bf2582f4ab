package vn.motcua.intake.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import vn.motcua.signature.testing.TestPki;
import vn.motcua.testsupport.DossierSubmissions;

/**
 * A PDF becomes part of a dossier only if it can be read and runs nothing when opened; a component that must be
 * signed needs a signature proven against the trusted CAs, at reception and when added later alike.
 */
@QuarkusTest
class PdfSafetyTest {

    static final Supplier<RequestSpecification> CITIZEN = CompletenessTest.as("citizen1", "citizen");

    static long staged() {
        return QuarkusTransaction.requiringNew().call(() -> DossierComponent.count());
    }

    static byte[] withOpenActionScript() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.launchURL('http://evil.example/', true);"));
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsRefusedAndNothingKept() {
        long before = staged();
        byte[] fake = "%PDF-1.7\n<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8);
        CITIZEN.get().contentType("application/pdf").body(fake).post("/api/v1/uploads").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("unreadable-pdf"));
        assertThat(staged()).isEqualTo(before);
    }

    @Test
    void aPdfThatRunsJavaScriptWhenOpenedIsRefused() throws Exception {
        long before = staged();
        CITIZEN.get().contentType("application/pdf").body(withOpenActionScript()).post("/api/v1/uploads").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("pdf-active-content"));
        assertThat(staged()).isEqualTo(before);
        // an ordinary PDF still goes in (so the refusal above is for the script)
        CITIZEN.get().contentType("application/pdf").body(TestPki.pdf("don")).post("/api/v1/uploads").then().statusCode(201);
    }

    @Test
    void aComponentThatMustBeSignedNeedsAProvenSignatureWhenAddedLater() {
        List<String[]> parts = new ArrayList<>();
        parts.add(new String[] {"DON", CompletenessTest.signed("don")});
        parts.add(new String[] {"BCDG", CompletenessTest.signed("bcdg")});
        parts.add(new String[] {"KDTB", DossierSubmissions.upload("", CITIZEN, "kiem dinh")});
        parts.add(new String[] {"GCN_DKKD", DossierSubmissions.upload("", CITIZEN, "dang ky kinh doanh")});
        String code = CITIZEN.get().contentType("application/json")
                .body(DossierSubmissions.withComponents(CompletenessTest.company(CompletenessTest.XRAY, TaxCodeTest.random()), parts))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        String add = "/api/v1/dossiers/" + code + "/components?component=DON";
        CITIZEN.get().contentType("application/pdf").body(TestPki.pdf("don moi")).post(add).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("component-not-signed"));
        // signed, but by a certificate no trusted CA issued: not proven, refused too
        byte[] untrusted = TestPki.signPdf(TestPki.pdf("don gia"), TestPki.create("Unknown CA").issue("Trần Văn Bình"), Instant.now());
        CITIZEN.get().contentType("application/pdf").body(untrusted).post(add).then().statusCode(422)
                .body("code", equalTo("component-not-signed")).body("detail", org.hamcrest.Matchers.containsString("UNTRUSTED"));
        byte[] valid = TestPki.signPdf(TestPki.pdf("don ky so"), ComponentUploadTest.PKI.issue("Trần Văn Bình"), Instant.now());
        CITIZEN.get().contentType("application/pdf").body(valid).post(add).then().statusCode(201)
                .body("signatureState", equalTo("VALID"));
    }
}
