package vn.motcua.intake.reception;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.outbox.OutboxEvent;
import vn.motcua.testsupport.TestTokens;

/** At the counter or post office an incomplete dossier gets a supplement request listing what is missing, or a refusal. */
@QuarkusTest
class ReceptionSlipTest {

    static Supplier<RequestSpecification> as(String user, String agency, String role) {
        return () -> given().header("Authorization", TestTokens.bearer(user, agency, role)).contentType("application/json");
    }

    static String slip(String kind, String brought, String reason) {
        return """
                {"kind":"%s","procedureCode":"1.000948.000.00.00.H56","broughtComponents":[%s],%s
                 "applicant":{"type":"INDIVIDUAL","fullName":"Hoàng Văn Nam","citizenId":"035088001234","dateOfBirth":"1988-03-03",
                              "phone":"0915111222","email":"nam@example.vn","address":"Xã Liêm Tuyền"}}"""
                .formatted(kind, brought, reason == null ? "" : "\"reason\":\"" + reason + "\",");
    }

    @Test
    void aSupplementSlipListsExactlyWhatIsMissingAndIsAnnounced() {
        var postal = as("postal1", "BDTP", "postal-staff");
        String id = postal.get().body(slip("SUPPLEMENT", "\"DON\"", null)).post("/api/v1/reception-slips").then().statusCode(201)
                .body("kind", equalTo("SUPPLEMENT")).body("receivingAgency", equalTo("BDTP"))
                .body("items", equalTo("BCDG: Báo cáo đánh giá an toàn bức xạ\nKDTB: Giấy chứng nhận kiểm định thiết bị X-quang\n"
                        + "GCN_DKKD: Giấy chứng nhận đăng ký doanh nghiệp"))
                .extract().path("id");
        String data = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("key = ?1 AND type = ?2", id,
                EventTypes.RECEPTION_SLIP_ISSUED).singleResult().payload);
        assertThat(data).contains("\"kind\":\"SUPPLEMENT\"", "\"code\":\"BCDG\"", "\"form\":\"CERTIFIED_COPY\"",
                "\"agencyName\":\"Bưu điện tỉnh Hà Nam - Bưu cục Phủ Lý\"").doesNotContain("\"code\":\"DON\"");

        postal.get().body(slip("SUPPLEMENT", "\"DON\",\"BCDG\",\"KDTB\",\"GCN_DKKD\"", null)).post("/api/v1/reception-slips")
                .then().statusCode(409).body("code", equalTo("dossier-complete"));
        postal.get().body(slip("SUPPLEMENT", "\"XYZ\"", null)).post("/api/v1/reception-slips").then().statusCode(400)
                .body("errors[0].field", equalTo("broughtComponents"));
    }

    @Test
    void aRefusalNeedsItsReasonAndOnlyReceivingStaffIssueSlips() {
        var counter = as("counter1", "SKHCN", "counter-officer");
        counter.get().body(slip("REFUSAL", "", null)).post("/api/v1/reception-slips").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        counter.get().body(slip("REFUSAL", "", "Thiết bị thuộc thẩm quyền cấp phép của Bộ Khoa học và Công nghệ"))
                .post("/api/v1/reception-slips").then().statusCode(201).body("kind", equalTo("REFUSAL"))
                .body("receivingAgency", equalTo("SKHCN"));
        as("citizen1", null, "citizen").get().body(slip("REFUSAL", "", "x")).post("/api/v1/reception-slips").then().statusCode(403);
        as("specialist1", "SKHCN", "specialist").get().body(slip("REFUSAL", "", "x")).post("/api/v1/reception-slips").then().statusCode(403);
        counter.get().body(slip("MAYBE", "", "x")).post("/api/v1/reception-slips").then().statusCode(400);
    }
}
