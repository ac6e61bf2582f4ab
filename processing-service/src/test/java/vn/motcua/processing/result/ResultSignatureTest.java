package vn.motcua.processing.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.processing.support.CaseFixtures.as;
import static vn.motcua.processing.support.CaseFixtures.counter1;
import static vn.motcua.processing.support.CaseFixtures.leader1;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.processing.support.CaseFixtures;
import vn.motcua.signature.testing.TestPki;

/**
 * Results are verified for real: a CA, certificates and signed PDFs are made at test time; the trusted CA and its
 * CRL sit in the configured trust directory. Only a VALID signature lets a result be returned.
 */
@QuarkusTest
class ResultSignatureTest {

    static final TestPki PKI = TestPki.create("Test Government CA");
    static final TestPki.Signer LEADER = PKI.issue("Trần Thị Bình");
    static final TestPki.Signer REVOKED = PKI.issue("Lost Token");
    static final TestPki.Signer EXPIRED = PKI.issue("Old Certificate", Instant.now().minus(Duration.ofDays(800)),
            Instant.now().minus(Duration.ofDays(400)));
    static final TestPki.Signer STRANGER = TestPki.create("Unknown CA").issue("Stranger");
    static final byte[] RESULT = TestPki.pdf("Giay chung nhan dang ky hoat dong so 12/GCN-SKHCN");

    @Inject
    CaseFixtures fixtures;

    @BeforeAll
    static void trust() {
        PKI.writeTrustDirectory(Path.of("target/test-trust"), PKI.crl(REVOKED.certificate()));
    }

    static RequestSpecification pdf(RequestSpecification spec, byte[] body) {
        return spec.contentType("application/pdf").body(body);
    }

    static String result(String code) {
        return "/api/v1/cases/" + code + "/result";
    }

    @Test
    void onlyAValidSignatureMakesTheResultReadyAndReturnable() {
        String code = fixtures.openFresh();
        byte[] signed = TestPki.signPdf(RESULT, LEADER, Instant.now());
        pdf(leader1(), signed).post(result(code)).then().statusCode(409); // not approved yet
        CaseFixtures.approve(code);

        pdf(as("specialist1", "SKHCN", "specialist"), signed).post(result(code)).then().statusCode(403);
        pdf(as("leader9", "SVHTTDL", "leader"), signed).post(result(code)).then().statusCode(403);
        pdf(leader1(), "MZ\u0090\u0000 an executable renamed to .pdf".getBytes()).post(result(code)).then()
                .statusCode(415).body("code", equalTo("not-a-pdf"));
        pdf(leader1(), RESULT).post(result(code)).then().statusCode(422).body("detail", containsString("UNSIGNED"));
        pdf(leader1(), TestPki.tamper(signed)).post(result(code)).then().statusCode(422)
                .body("detail", containsString("INVALID")).body("detail_vi", containsString("chữ ký số hợp lệ"));
        pdf(leader1(), TestPki.signPdf(RESULT, STRANGER, Instant.now())).post(result(code)).then().statusCode(422)
                .body("detail", containsString("UNTRUSTED"));
        pdf(leader1(), TestPki.signPdf(RESULT, EXPIRED, Instant.now())).post(result(code)).then().statusCode(422)
                .body("detail", containsString("EXPIRED"));
        pdf(leader1(), TestPki.signPdf(RESULT, REVOKED, Instant.now())).post(result(code)).then().statusCode(422)
                .body("detail", containsString("REVOKED"));
        counter1().body("{}").post("/api/v1/cases/" + code + "/actions/RETURN_RESULT").then().statusCode(409);
        assertThat(CaseFixtures.load(code).state().name()).isEqualTo("APPROVED");

        pdf(leader1(), signed).header("X-File-Name", "GCN-12.pdf").post(result(code)).then().statusCode(200)
                .body("state", equalTo("RESULT_READY")).body("nationalStatusCode", equalTo(9))
                .body("log[-1].action", equalTo("SIGN_RESULT"));
        leader1().get(result(code)).then().statusCode(200)
                .body("[0].signatureState", equalTo("VALID")).body("[0].signerName", equalTo("Trần Thị Bình"))
                .body("[0].certificateSerial", equalTo(LEADER.certificate().getSerialNumber().toString(16)))
                .body("[0].fileName", equalTo("GCN-12.pdf")).body("size()", equalTo(1));
        byte[] downloaded = as("citizen1", null, "citizen").get(result(code) + "/content").then().statusCode(200)
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(signed);
        as("citizen2", null, "citizen").get(result(code) + "/content").then().statusCode(403);

        counter1().body("{}").post("/api/v1/cases/" + code + "/actions/RETURN_RESULT").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("nationalStatusCode", equalTo(10));

        // the signed result travels with the transitions that produce and hand it over (the portal lists it)
        java.util.List<String> changes = CaseFixtures.eventPayloads(code, vn.motcua.platform.events.EventTypes.CASE_STATUS_CHANGED);
        assertThat(changes).filteredOn(p -> p.contains("\"SIGN_RESULT\"") || p.contains("\"RETURN_RESULT\"")).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("\"results\":[{\"fileName\":\"GCN-12.pdf\"")
                        .contains("\"signerName\":\"Trần Thị Bình\""));
        assertThat(changes).filteredOn(p -> p.contains("\"APPROVE\"")).singleElement()
                .satisfies(p -> assertThat(p).doesNotContain("\"results\":[{"));
    }
}
