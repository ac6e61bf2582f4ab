package vn.motcua.intake.component;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.signature.testing.TestPki;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.TestTokens;

/** The completeness check at reception against the procedure version's declared components. */
@QuarkusTest
class CompletenessTest {

    static final String XRAY = "1.000948.000.00.00.H56";      // DON, BCDG signed; KDTB; GCN_DKKD (reusable)
    static final String TRAVEL = "1.003635.000.00.00.H56";    // DON, GCN_DKKD (reusable), KQ

    @BeforeAll
    static void trust() {
        ComponentUploadTest.PKI.writeTrustDirectory(Path.of("target/test-trust"), ComponentUploadTest.PKI.crl());
    }

    static Supplier<RequestSpecification> as(String user, String role) {
        return () -> given().header("Authorization", TestTokens.bearer(user, null, role));
    }

    static String company(String procedure, String taxCode) {
        return """
                {"procedureCode": "%s",
                 "applicant": {"type": "ORGANISATION", "fullName": "Công ty TNHH Chẩn đoán hình ảnh Phủ Lý", "taxCode": "%s",
                               "representative": "Trần Văn Bình", "phone": "02263851234", "email": "info@cdha.vn",
                               "address": "5 Trần Phú, Phủ Lý, Hà Nam"}}""".formatted(procedure, taxCode);
    }

    static String upload(Supplier<RequestSpecification> as, String type, byte[] content) {
        return as.get().contentType(type).body(content).post("/api/v1/uploads").then().statusCode(201).extract().path("id");
    }

    static String signed(String text) {
        return upload(as("citizen1", "citizen"), "application/pdf",
                TestPki.signPdf(TestPki.pdf(text), ComponentUploadTest.PKI.issue("Trần Văn Bình"), Instant.now()));
    }

    static long dossiers() {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.count());
    }

    @Test
    void aMissingMandatoryComponentIsListedExactlyAndNothingIsStored() {
        var citizen = as("citizen1", "citizen");
        String don = DossierSubmissions.upload("", citizen, "don");
        String body = DossierSubmissions.withComponents(company(XRAY, "0700123455"), List.<String[]>of(new String[] {"DON", don}));
        long before = dossiers();
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("component-not-signed"))
                .body("detail", containsString("must carry a valid digital signature"));
        String signedDon = signed("don");
        body = DossierSubmissions.withComponents(company(XRAY, "0700123455"), List.<String[]>of(new String[] {"DON", signedDon}));
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers").then().statusCode(422)
                .body("code", equalTo("incomplete-dossier"))
                .body("errors.field", contains("components.BCDG", "components.KDTB", "components.GCN_DKKD"))
                .body("errors[0].message_vi", equalTo("thiếu: Báo cáo đánh giá an toàn bức xạ (bản chính, 1)"))
                .body("detail_vi", containsString("Hồ sơ còn thiếu 3 thành phần bắt buộc"));
        assertThat(dossiers()).isEqualTo(before);
        // the upload was not consumed: it can still be used
        assertThat(QuarkusTransaction.requiringNew().call(() -> DossierComponent.staged(java.util.UUID.fromString(signedDon), "citizen1")))
                .isPresent();
    }

    @Test
    void typesSignaturesAndForeignUploadsAreChecked() {
        var citizen = as("citizen1", "citizen");
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String image = upload(citizen, "image/png", png);
        String body = DossierSubmissions.withComponents(company(XRAY, "0700123455"), List.<String[]>of(new String[] {"DON", image}));
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers").then().statusCode(415)
                .body("code", equalTo("component-type-not-accepted")).body("errors[0].field", equalTo("components[0]"));
        String others = DossierSubmissions.upload("", as("citizen2", "citizen"), "someone else");
        body = DossierSubmissions.withComponents(company(XRAY, "0700123455"), List.<String[]>of(new String[] {"DON", others}));
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers").then().statusCode(400)
                .body("errors[0].field", equalTo("components[0].uploadId"));
        body = DossierSubmissions.withComponents(company(XRAY, "0700123455"), List.<String[]>of(new String[] {"NOPE", image}));
        citizen.get().contentType("application/json").body(body).post("/api/v1/dossiers").then().statusCode(400)
                .body("errors[0].field", equalTo("components[0].code"));
        // a tax code is 10 digits, or 10-3 for a branch
        citizen.get().contentType("application/json").body(company(XRAY, "07001234"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("applicant.taxCode"))
                .body("errors[0].message_vi", notNullValue());
        // … whose tenth digit checks the first nine: one mistyped digit is caught
        citizen.get().contentType("application/json").body(company(XRAY, "0700123456"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("applicant.taxCode"))
                .body("errors[0].message_vi", org.hamcrest.Matchers.containsString("chữ số kiểm tra"));
        // an organisation needs its representative
        citizen.get().contentType("application/json").body(company(XRAY, "0700123455").replace("Trần Văn Bình", " "))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("applicant.representative"));
    }

    @Test
    void aDigitisedDocumentOfTheSameApplicantIsReusedAndNotAskedForAgain() {
        var citizen = as("citizen1", "citizen");
        String tax = TaxCodeTest.random();
        List<String[]> parts = new ArrayList<>();
        parts.add(new String[] {"DON", signed("don")});
        parts.add(new String[] {"BCDG", signed("bcdg")});
        parts.add(new String[] {"KDTB", DossierSubmissions.upload("", citizen, "kiem dinh")});
        parts.add(new String[] {"GCN_DKKD", DossierSubmissions.upload("", citizen, "dang ky kinh doanh")});
        String first = citizen.get().contentType("application/json")
                .body(DossierSubmissions.withComponents(company(XRAY, tax), parts)).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("code");
        var firstComponents = citizen.get().get("/api/v1/dossiers/" + first + "/components").then().statusCode(200)
                .body("componentCode", contains("DON", "BCDG", "KDTB", "GCN_DKKD"))
                .body("signatureState[0]", equalTo("VALID")).extract().jsonPath();
        String registration = firstComponents.getString("find { it.componentCode == 'GCN_DKKD' }.id");

        // the travel licence also needs the business registration: not brought, taken from the first dossier
        List<String[]> travel = List.of(new String[] {"DON", DossierSubmissions.upload("", citizen, "don lu hanh")},
                new String[] {"KQ", DossierSubmissions.upload("", citizen, "ky quy")});
        String second = citizen.get().contentType("application/json")
                .body(DossierSubmissions.withComponents(company(TRAVEL, tax), travel)).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("code");
        citizen.get().get("/api/v1/dossiers/" + second + "/components").then().statusCode(200)
                .body("find { it.componentCode == 'GCN_DKKD' }.reusedFrom", equalTo(registration))
                .body("find { it.componentCode == 'DON' }.reusedFrom", nullValue());

        // an explicit reference works for the same applicant, not for another one
        String explicit = """
                {"components":[{"code":"GCN_DKKD","documentId":"%s"},{"code":"DON","uploadId":"%s"},{"code":"KQ","uploadId":"%s"}],"""
                .formatted(registration, DossierSubmissions.upload("", citizen, "don 2"), DossierSubmissions.upload("", citizen, "kq 2"));
        citizen.get().contentType("application/json").body(explicit + company(TRAVEL, tax).strip().substring(1))
                .post("/api/v1/dossiers").then().statusCode(201);
        citizen.get().contentType("application/json").body(explicit.replaceAll("\"uploadId\":\"[^\"]+\"", "\"uploadId\":\""
                        + DossierSubmissions.upload("", citizen, "x") + "\"") + company(TRAVEL, "0700999997").strip().substring(1))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("components[0].documentId"));
    }

    @Test
    void anAuthorisedSubmitterIsRecordedAndCitizenIdsAreChecked() {
        var counter = (Supplier<RequestSpecification>) () -> given().header("Authorization", TestTokens.bearer("counter1", "SKHCN", "counter-officer"));
        String body = vn.motcua.intake.dossier.DossierReceptionTest.body("001090012345");
        String withSubmitter = body.substring(0, body.lastIndexOf('}')) + """
                ,"submitter":{"fullName":"Phạm Thị Hoa","citizenId":"035185001234","phone":"0987654321",
                 "authorisation":"Giấy ủy quyền số 12/2026 ngày 20/11/2026"}}""";
        String code = counter.get().contentType("application/json")
                .body(DossierSubmissions.complete("", withSubmitter, "1.004227.000.00.00.H56", counter))
                .post("/api/v1/dossiers").then().statusCode(201).body("channel", equalTo("COUNTER"))
                .body("submitterName", equalTo("Phạm Thị Hoa")).extract().path("code");
        assertThat(code).isNotNull();
        // province code 999 does not exist; 001 0 90 says born 1990, not 1985
        counter.get().contentType("application/json").body(body.replace("001090012345", "999090012345"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("applicant.citizenId"))
                .body("errors[0].message", containsString("province"));
        counter.get().contentType("application/json").body(body.replace("1990-05-17", "1985-05-17"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].message", containsString("year of birth"));
        counter.get().contentType("application/json").body(withSubmitter.replace("035185001234", "12"))
                .post("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("submitter.citizenId"));
    }

    @Test
    void anOversizedJsonBodyIsAProblemAndTheCatalogueListsComponents() {
        String huge = "{\"procedureCode\":\"" + "x".repeat(300_000) + "\"}";
        as("citizen1", "citizen").get().contentType("application/json").body(huge).post("/api/v1/dossiers").then()
                .statusCode(413).contentType("application/problem+json").body("code", equalTo("body-too-large"))
                .body("detail_vi", notNullValue());
        given().get("/api/v1/procedures/" + XRAY).then().statusCode(200)
                .body("components.code", contains("DON", "BCDG", "KDTB", "GCN_DKKD"))
                .body("components[0].mustBeSigned", equalTo(true)).body("components[2].form", equalTo("CERTIFIED_COPY"))
                .body("components[3].documentType", equalTo("GCN_DKKD"))
                .body("agencyName", equalTo("Sở Khoa học và Công nghệ tỉnh Hà Nam"));
        given().get("/api/v1/procedures").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(20));
        given().get("/api/v1/procedures?agency=UBNDBS").then().statusCode(200).body("items.code", contains(
                "1.000894.000.00.00.H56", "1.004837.000.00.00.H56"));
        given().get("/api/v1/procedures?field=hộ tịch&q=khai").then().statusCode(200).body("items.name", contains(
                "Đăng ký khai tử", "Đăng ký khai sinh"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/procedures"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
