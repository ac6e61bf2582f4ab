package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.Waits;

/**
 * A fee paid online across the running product: a specialist asks for it with real Keycloak tokens, the citizen
 * opens the payment and pays on the simulated gateway's page (its form, as a browser posts it), the gateway calls
 * processing-service back, the case resumes, and the electronic receipt reaches the citizen's messages.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedStack.Extension.class)
class PaymentE2ETest {

    @Test
    void aCitizenPaysAFeeOnTheGatewayAndTheCaseResumes() {
        SharedStack s = SharedStack.get();
        String intake = s.url("intake-service");
        String processing = s.url("processing-service");
        String citizen = s.tokens().of("citizen1");
        String leader = s.tokens().of("leader1");
        String specialist = s.tokens().of("specialist1");
        String code = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(JourneyE2ETest.complete(intake, citizen))
                .post(intake + "/api/v1/dossiers").then().statusCode(201).extract().path("code");
        SharedStack.await(() -> {
            var r = given().auth().oauth2(leader).contentType(ContentType.JSON).body("{\"assignee\":\"specialist1\"}")
                    .post(processing + "/api/v1/cases/" + code + "/actions/ASSIGN");
            return r.statusCode() == 200 ? r : null;
        }, "case " + code + " assigned");
        given().auth().oauth2(specialist).contentType(ContentType.JSON).body("{}")
                .post(processing + "/api/v1/cases/" + code + "/actions/START").then().statusCode(200);
        given().auth().oauth2(specialist).contentType(ContentType.JSON).body("""
                {"reason":"Nộp lệ phí cấp giấy chứng nhận","fees":[{"kind":"CHARGE","amountVnd":150000,
                 "legalBasis":"Thông tư 263/2016/TT-BTC"}]}""")
                .post(processing + "/api/v1/cases/" + code + "/actions/REQUEST_PAYMENT").then().statusCode(200)
                .body("state", equalTo("PAYMENT_REQUESTED"));

        String bill = given().auth().oauth2(citizen).queryParam("dossierCode", code).get(processing + "/api/v1/payments")
                .then().statusCode(200).body("[0].status", equalTo("OPEN")).extract().path("[0].billCode");
        String paymentUrl = given().auth().oauth2(citizen).post(processing + "/api/v1/payments/" + bill + "/checkout")
                .then().statusCode(200).extract().path("paymentUrl");
        assertThat(paymentUrl).startsWith(s.stack().gatewayUrl() + "/pay/");
        given().get(paymentUrl).then().statusCode(200).body(org.hamcrest.Matchers.containsString("150.000 VND"));
        String back = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("decision=pay").post(paymentUrl).then().statusCode(303).extract().header("Location");
        assertThat(back).startsWith(processing + "/payments/return?orderId=");

        Waits.until("the case resumes once the gateway reported the payment", () -> "IN_PROCESS".equals(
                given().auth().oauth2(specialist).get(processing + "/api/v1/cases/" + code).then().extract().path("state")));
        given().auth().oauth2(citizen).queryParam("dossierCode", code).get(processing + "/api/v1/payments").then()
                .statusCode(200).body("[0].status", equalTo("PAID")).body("[0].settlement.channel", equalTo("ONLINE"));
        given().get(back).then().statusCode(200).body(org.hamcrest.Matchers.containsString("data-status=PAID"));
        // the receipt reaches the citizen's messages, from notification-service
        String notification = s.url("notification-service");
        Waits.until("the receipt among the citizen's messages", () -> given().auth().oauth2(citizen).queryParam("dossierCode", code)
                .get(notification + "/api/v1/notifications").then().statusCode(200).extract().jsonPath().getList("items.kind")
                .contains("PAYMENT_RECEIPT"));
    }
}
