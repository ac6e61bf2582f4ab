package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.devstack.PostgresServer;
import vn.motcua.signature.testing.TestPki;

/**
 * The whole seeded catalogue, every procedure of every agency (province departments, districts, communes), through
 * intake → processing → notification with real tokens: one dossier each, submitted concurrently; each gets exactly one
 * case in processing under its own agency and a receipt letter whose header and place line are that agency's.
 */
@ExtendWith(SharedStack.Extension.class)
class CatalogueE2ETest {

    static SharedStack s;
    static String intake;
    static String notification;

    @BeforeAll
    static void stack() {
        s = SharedStack.get();
        intake = s.url("intake-service");
        notification = s.url("notification-service");
    }

    record Submitted(String procedureCode, String agencyCode, String dossierCode) {
    }

    String upload(String token, String text, boolean signed) {
        byte[] pdf = TestPki.pdf(text);
        if (signed) {
            pdf = TestPki.signPdf(pdf, s.pki().issue("Nguyễn Văn An"), Instant.now());
        }
        return given().auth().oauth2(token).contentType("application/pdf").header("X-File-Name", "c.pdf").body(pdf)
                .post(intake + "/api/v1/uploads").then().statusCode(201).extract().path("id");
    }

    Submitted submit(String token, Map<String, Object> procedure) {
        String code = (String) procedure.get("code");
        JsonPath detail = given().get(intake + "/api/v1/procedures/" + code).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mandatory = detail.getList("components.findAll { it.mandatory }");
        String components = mandatory.stream().map(c -> "{\"code\":\"" + c.get("code") + "\",\"uploadId\":\""
                        + upload(token, code + " " + c.get("code") + " " + System.nanoTime(), (Boolean) c.get("mustBeSigned")) + "\"}")
                .collect(Collectors.joining(","));
        String body = """
                {"procedureCode":"%s","components":[%s],
                 "applicant":{"type":"INDIVIDUAL","fullName":"Nguyễn Văn An","citizenId":"001090012345","dateOfBirth":"1990-05-17",
                   "phone":"0912345678","email":"an@example.vn","address":"Thôn Đồng Sơn, xã Liêm Tuyền"}}""".formatted(code, components);
        String dossier = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(intake + "/api/v1/dossiers")
                .then().statusCode(201).extract().path("code");
        return new Submitted(code, detail.getString("agencyCode"), dossier);
    }

    static String caseAgency(String dossierCode) throws Exception {
        try (Connection c = DriverManager.getConnection(s.stack().jdbcUrl("processing"), PostgresServer.USER, "");
             PreparedStatement st = c.prepareStatement("SELECT agency_code, count(*) OVER () FROM dossier_case WHERE dossier_code = ?")) {
            st.setString(1, dossierCode);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                assertThat(rs.getInt(2)).as("cases of %s", dossierCode).isEqualTo(1);
                return rs.getString(1);
            }
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everySeededProcedureOfEveryAgencyGoesThroughIntakeProcessingAndNotification() throws Exception {
        List<Map<String, Object>> procedures = given().get(intake + "/api/v1/procedures?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(procedures).hasSizeGreaterThanOrEqualTo(22);
        assertThat(procedures.stream().map(p -> p.get("agencyCode")).distinct().count()).isGreaterThanOrEqualTo(9);
        String citizen = s.tokens().of("citizen1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Submitted> submitted;
        try {
            List<CompletableFuture<Submitted>> futures = new ArrayList<>();
            for (Map<String, Object> p : procedures) {
                futures.add(CompletableFuture.supplyAsync(() -> submit(citizen, p), pool));
            }
            submitted = futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }

        for (Submitted d : submitted) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                    .until(() -> caseAgency(d.dossierCode()) != null);
            assertThat(caseAgency(d.dossierCode())).as("agency of the case of %s", d).isEqualTo(d.agencyCode());

            JsonPath agency = given().get(intake + "/api/v1/agencies/" + d.agencyCode()).then().statusCode(200)
                    .extract().jsonPath();
            String letterId = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(
                    () -> given().auth().oauth2(citizen).queryParam("dossierCode", d.dossierCode())
                            .get(notification + "/api/v1/letters").then().statusCode(200).extract().jsonPath()
                            .<String>getList("items.findAll { it.kind == 'RECEIPT' }.id").stream().findFirst().orElse(null),
                    id -> id != null);
            byte[] pdf = given().auth().oauth2(citizen).get(notification + "/api/v1/letters/" + letterId + "/pdf")
                    .then().statusCode(200).extract().asByteArray();
            assertThat(text(pdf)).as("receipt of %s", d)
                    .contains(agency.getString("letterhead.printedName"), agency.getString("letterhead.place") + ", ngày",
                            d.dossierCode())
                    .doesNotContain(" , ngày");
        }
    }
}
