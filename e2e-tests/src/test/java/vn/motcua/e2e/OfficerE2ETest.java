package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.signature.testing.TestPki;

/**
 * The README's officer walk-through with real Keycloak tokens: assignment, supplement pause and resume, liên thông
 * transfer to another department, apology with a new date, approval, a PAdES-signed result verified against the
 * configured CA, return to the applicant.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedStack.Extension.class)
class OfficerE2ETest {

    static SharedStack s;
    static String intake;
    static String processing;

    @BeforeAll
    static void stack() {
        s = SharedStack.get();
        intake = s.url("intake-service");
        processing = s.url("processing-service");
    }

    Response act(String code, String action, String user, String body) {
        return given().auth().oauth2(s.tokens().of(user)).contentType(ContentType.JSON).body(body)
                .post(processing + "/api/v1/cases/" + code + "/actions/" + action);
    }

    /** Apology e-mails about a dossier received by the SMTP server (the receipt is e-mailed too). */
    static long mailsAbout(String code) {
        return java.util.Arrays.stream(s.smtp().getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Xin lỗi") && m.getSubject().contains(code);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(doc),
                    java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void officersDriveADossierToASignedReturnedResult() {
        String code = given().auth().oauth2(s.tokens().of("citizen1")).contentType(ContentType.JSON)
                .body(JourneyE2ETest.complete(intake, s.tokens().of("citizen1"))).post(intake + "/api/v1/dossiers").then()
                .statusCode(201).extract().path("code");
        SharedStack.await(() -> given().auth().oauth2(s.tokens().of("leader1")).get(processing + "/api/v1/cases/" + code),
                "case " + code);

        act(code, "ASSIGN", "specialist1", "{\"assignee\":\"specialist1\"}").then().statusCode(403);
        // only an officer of the directory: nobody is refused; specialist2 has never signed in, Keycloak's list has them
        act(code, "ASSIGN", "leader1", "{\"assignee\":\"nobody\"}").then().statusCode(422)
                .body("code", equalTo("unknown-officer"));
        SharedStack.await(() -> act(code, "ASSIGN", "leader1", "{\"assignee\":\"specialist2\"}"), "specialist2 from Keycloak");
        act(code, "ASSIGN", "leader1", "{\"assignee\":\"specialist1\"}").then().statusCode(200).body("state", equalTo("ASSIGNED"));
        act(code, "START", "specialist1", "{}").then().statusCode(200);
        act(code, "APPROVE", "leader1", "{}").then().statusCode(409).contentType("application/problem+json");
        act(code, "REQUEST_SUPPLEMENT", "specialist1", "{\"reason\":\"Thiếu bản sao chứng chỉ hiệu chuẩn\"}").then()
                .statusCode(200).body("nationalStatusCode", equalTo(5));
        // the citizen sees the request in intake and supplements online; processing takes the case back
        String citizen = s.tokens().of("citizen1");
        SharedStack.await(() -> {
            Response r = given().auth().oauth2(citizen).get(intake + "/api/v1/dossiers/" + code);
            return "SUPPLEMENT_REQUESTED".equals(r.path("processingState")) ? r : null;
        }, "supplement request of " + code + " in intake");
        String upload = vn.motcua.testsupport.DossierSubmissions.upload(intake, () -> given().auth().oauth2(citizen), "chung chi");
        given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body("{\"components\":[{\"code\":\"DSNS\",\"uploadId\":\"" + upload + "\"}],\"note\":\"Đã bổ sung\"}")
                .post(intake + "/api/v1/dossiers/" + code + "/supplement").then().statusCode(200);
        SharedStack.await(() -> {
            Response r = given().auth().oauth2(s.tokens().of("leader1")).get(processing + "/api/v1/cases/" + code);
            return "IN_PROCESS".equals(r.path("state")) ? r : null;
        }, "case " + code + " back in process");
        act(code, "TRANSFER", "specialist1", "{\"partnerAgency\":\"SVHTTDL\",\"partnerWorkingDays\":3}").then()
                .statusCode(200).body("state", equalTo("TRANSFERRED"));
        act(code, "RETURN_TRANSFER", "specialist1", "{}").then().statusCode(403);
        act(code, "RETURN_TRANSFER", "partner1", "{\"comment\":\"Đồng ý\"}").then().statusCode(200);

        String due = given().auth().oauth2(s.tokens().of("leader1")).get(processing + "/api/v1/cases/" + code)
                .then().extract().path("dueAt");
        OffsetDateTime newDue = OffsetDateTime.parse(due).plusDays(7);
        while (newDue.getDayOfWeek().getValue() > 5) {
            newDue = newDue.plusDays(1);
        }
        String apology = """
                {"reason":"Cần xin ý kiến Bộ KH&CN","newDueAt":"%s","signerName":"Trần Thị Bình",
                 "signerTitle":"GIÁM ĐỐC","onBehalfOfHead":false}""".formatted(newDue);
        given().auth().oauth2(s.tokens().of("leader1")).contentType(ContentType.JSON).body(apology)
                .post(processing + "/api/v1/cases/" + code + "/apology").then().statusCode(200);
        given().auth().oauth2(s.tokens().of("leader1")).contentType(ContentType.JSON).body(apology)
                .post(processing + "/api/v1/cases/" + code + "/apology").then().statusCode(409);

        // notification-service renders the letter and sends it once: in-app, by e-mail (real SMTP) and SMS (log)
        String notification = s.url("notification-service");
        Response letters = SharedStack.await(() -> {
            Response r = given().auth().oauth2(s.tokens().of("citizen1")).get(notification + "/api/v1/letters?dossierCode=" + code);
            return r.statusCode() == 200 && r.jsonPath().getList("items.findAll { it.kind == 'APOLOGY' }").size() == 1 ? r : null;
        }, "apology letter of " + code);
        // receipt (form 01), supplement request (02) and apology (04), one each
        letters.then().body("items.kind", org.hamcrest.Matchers.containsInAnyOrder("RECEIPT", "SUPPLEMENT", "APOLOGY"));
        String apologyId = letters.jsonPath().getString("items.find { it.kind == 'APOLOGY' }.id");
        byte[] pdf = given().auth().oauth2(s.tokens().of("citizen1"))
                .get(notification + "/api/v1/letters/" + apologyId + "/pdf").then().statusCode(200)
                .extract().asByteArray();
        String text = pdfText(pdf);
        org.assertj.core.api.Assertions.assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "Mã hồ sơ: " + code, "Nguyễn Văn An",
                "Cần xin ý kiến Bộ KH&CN", "Trần Thị Bình");
        vn.motcua.testsupport.Waits.holds("exactly one apology e-mail for " + code, java.time.Duration.ofSeconds(2),
                () -> mailsAbout(code) == 1);

        act(code, "SUBMIT_FOR_APPROVAL", "specialist1", "{}").then().statusCode(200);
        act(code, "APPROVE", "leader1", "{}").then().statusCode(200).body("state", equalTo("APPROVED"));

        byte[] unsigned = TestPki.pdf("Giay chung nhan " + code);
        byte[] signed = TestPki.signPdf(unsigned, s.pki().issue("Trần Thị Bình"), Instant.now());
        given().auth().oauth2(s.tokens().of("leader1")).contentType("application/pdf").body(unsigned)
                .post(processing + "/api/v1/cases/" + code + "/result").then().statusCode(422);
        given().auth().oauth2(s.tokens().of("leader1")).contentType("application/pdf").body(signed)
                .post(processing + "/api/v1/cases/" + code + "/result").then().statusCode(200)
                .body("state", equalTo("RESULT_READY"));
        act(code, "RETURN_RESULT", "counter1", "{}").then().statusCode(200).body("nationalStatusCode", equalTo(10))
                .body("log.action", hasItems("RECEIVE", "ASSIGN", "START", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT_ONLINE",
                        "TRANSFER", "RETURN_TRANSFER", "APOLOGY", "SUBMIT_FOR_APPROVAL", "APPROVE", "SIGN_RESULT",
                        "RETURN_RESULT"));
        given().auth().oauth2(s.tokens().of("citizen1")).get(processing + "/api/v1/cases/" + code + "/result").then()
                .statusCode(200).body("[0].signatureState", equalTo("VALID"));

        // intake learns the result was returned; the citizen rates the service once
        SharedStack.await(() -> {
            Response r = given().auth().oauth2(citizen).get(intake + "/api/v1/dossiers/" + code);
            return "RETURNED".equals(r.path("processingState")) ? r : null;
        }, "returned state of " + code + " in intake");
        given().auth().oauth2(citizen).contentType(ContentType.JSON).body("{\"rating\":\"VERY_SATISFIED\"}")
                .post(intake + "/api/v1/dossiers/" + code + "/rating").then().statusCode(200)
                .body("rating", equalTo("VERY_SATISFIED")).body("nationalStatus", equalTo(10));

        // the national portal (simulated) heard of every step, in order, once each: the dossier, each transition after
        // the opening, the supplement the citizen brought, the rating
        int transitions = given().auth().oauth2(s.tokens().of("leader1")).get(processing + "/api/v1/cases/" + code).then()
                .extract().jsonPath().getList("log").size() - 1;
        String portal = s.stack().portalUrl();
        Response received = SharedStack.await(() -> {
            Response r = given().queryParam("dossierCode", code).get(portal + "/received");
            return r.jsonPath().getList("$").size() == transitions + 3 ? r : null;
        }, "every change of " + code + " at the portal");
        java.util.List<Integer> statuses = received.jsonPath().getList("status", Integer.class);
        assertThat(received.jsonPath().getList("operation", String.class)).startsWith("DongBoHoSoMC").endsWith("DongBoDanhGia");
        assertThat(statuses).startsWith(2, 4).containsSubsequence(2, 4, 5, 5, 4, 9, 10, 10).endsWith(10, 10);
        assertThat(received.jsonPath().getList("idempotencyKey").stream().distinct()).hasSize(transitions + 3);
        String admin = s.tokens().of("admin1");
        SharedStack.await(() -> {
            Response r = given().auth().oauth2(admin).get(s.url("portal-sync-service") + "/api/v1/portal-sync/dossiers/" + code);
            return r.statusCode() == 200 && Boolean.TRUE.equals(r.path("synced")) ? r : null;
        }, "the ledger of " + code + " says synced");
        given().auth().oauth2(s.tokens().of("citizen1")).get(s.url("portal-sync-service") + "/api/v1/portal-sync/summary")
                .then().statusCode(403);
    }
}
