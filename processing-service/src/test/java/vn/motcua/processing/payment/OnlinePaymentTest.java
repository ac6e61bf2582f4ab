package vn.motcua.processing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.processing.support.CaseFixtures.as;
import static vn.motcua.processing.support.CaseFixtures.leader1;
import static vn.motcua.processing.support.CaseFixtures.specialist1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.portalsim.payment.GatewaySigner;
import vn.motcua.portalsim.payment.SimulatedGateway;
import vn.motcua.processing.casefile.CaseLogEntry;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.support.CaseFixtures;
import vn.motcua.processing.support.SimulatedGatewayResource;
import vn.motcua.testsupport.Waits;

/**
 * Fees paid online through the simulated gateway (a real HTTP server signing its reports) and in cash: a bill is
 * settled exactly once whoever reports it, forged or mismatched reports change nothing, a lost callback is found by
 * the reconciliation, a gateway that is down gives the applicant a clear error, and the case's clock resumes with its
 * due date moved by the time it waited.
 */
@QuarkusTest
class OnlinePaymentTest {

    static final String CHARGE = """
            {"reason":"Nộp lệ phí cấp giấy chứng nhận","fees":[{"kind":"CHARGE","amountVnd":150000,
             "legalBasis":"Thông tư 263/2016/TT-BTC","description":"Lệ phí cấp giấy chứng nhận đăng ký hoạt động"}]}""";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CaseFixtures fixtures;
    @Inject
    PaymentReconciliation reconciliation;

    static SimulatedGateway gateway() {
        return SimulatedGatewayResource.gateway();
    }

    static RequestSpecification citizen(String user) {
        return as(user, null, "citizen");
    }

    static String act(String code, String action) {
        return "/api/v1/cases/" + code + "/actions/" + action;
    }

    @AfterEach
    void clearFaults() {
        gateway().clearFaults();
    }

    /** A case of SKHCN waiting for its applicant (citizen1) to pay a charge of 150,000 VND; its bill code. */
    String awaitingPayment() {
        String code = fixtures.openFresh();
        leader1().body("{\"assignee\":\"specialist1\"}").post(act(code, "ASSIGN")).then().statusCode(200);
        specialist1().body("{}").post(act(code, "START")).then().statusCode(200);
        specialist1().body(CHARGE).post(act(code, "REQUEST_PAYMENT")).then().statusCode(200)
                .body("state", equalTo("PAYMENT_REQUESTED")).body("deadline.clockPaused", equalTo(true));
        return citizen("citizen1").queryParam("dossierCode", code).get("/api/v1/payments").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("OPEN")).body("[0].amountVnd", equalTo(150000))
                .extract().path("[0].billCode");
    }

    static String dossierOf(String billCode) {
        return QuarkusTransaction.requiringNew().call(() -> PaymentObligation.<PaymentObligation>findById(billCode).dossierCode());
    }

    static ObligationStatus status(String billCode) {
        return QuarkusTransaction.requiringNew().call(() -> PaymentObligation.<PaymentObligation>findById(billCode).status());
    }

    static CaseLogEntry lastLog(String code) {
        return QuarkusTransaction.requiringNew().call(() -> CaseLogEntry.<CaseLogEntry>find("caseId = ?1 ORDER BY at DESC, id DESC",
                DossierCase.byDossierCode(code).orElseThrow().id).firstResult());
    }

    static long reports(String billCodeOrOrder, PaymentReport.Outcome outcome) {
        return QuarkusTransaction.requiringNew().call(() -> PaymentReport.count("(billCode = ?1 OR orderId = ?1) AND outcome = ?2",
                billCodeOrOrder, outcome));
    }

    /** The applicant opens an order and pays it on the gateway's page; the order id. */
    static String pay(String billCode) {
        String orderId = citizen("citizen1").post("/api/v1/payments/" + billCode + "/checkout").then().statusCode(200)
                .body("paymentUrl", startsWith(gateway().url() + "/pay/")).extract().path("orderId");
        String back = gateway().decide(gateway().transactionOf(orderId).orElseThrow(), true);
        assertThat(back).contains("orderId=" + orderId).contains("status=PAID");
        return orderId;
    }

    static int postCallback(String body) {
        return RestAssured.given().contentType("application/json").body(body).post("/api/v1/payments/callback").statusCode();
    }

    @Test
    void aBillPaidOnlineIsSettledOnceAndTheCaseResumesWithItsDueDateMoved() {
        String code = fixtures.openFresh();
        leader1().body("{\"assignee\":\"specialist1\"}").post(act(code, "ASSIGN")).then().statusCode(200);
        specialist1().body("{}").post(act(code, "START")).then().statusCode(200);
        // the amounts and their legal basis are required, each checked by field; a refusal stores nothing
        specialist1().body("{\"reason\":\"Nộp lệ phí\"}").post(act(code, "REQUEST_PAYMENT")).then().statusCode(400)
                .body("errors[0].field", equalTo("fees"));
        specialist1().body("{\"reason\":\"Nộp lệ phí\",\"fees\":[{\"kind\":\"FEE\",\"amountVnd\":0,\"legalBasis\":\"NQ 12/2025\"}]}")
                .post(act(code, "REQUEST_PAYMENT")).then().statusCode(400).body("errors[0].field", equalTo("fees[0].amountVnd"));
        specialist1().body("{\"reason\":\"Nộp lệ phí\",\"fees\":[{\"kind\":\"FEE\",\"amountVnd\":5000}]}")
                .post(act(code, "REQUEST_PAYMENT")).then().statusCode(400).body("errors[0].field", equalTo("fees[0].legalBasis"));
        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.IN_PROCESS);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PaymentObligation.count("dossierCode", code))).isZero();

        specialist1().body(CHARGE).post(act(code, "REQUEST_PAYMENT")).then().statusCode(200).body("nationalStatusCode", equalTo(6));
        String bill = citizen("citizen1").get("/api/v1/payments").then().statusCode(200)
                .body("find { it.dossierCode == '" + code + "' }.legalBasis", equalTo("Thông tư 263/2016/TT-BTC"))
                .extract().path("find { it.dossierCode == '" + code + "' }.billCode");
        // only the applicant sees and pays it
        citizen("citizen2").queryParam("dossierCode", code).get("/api/v1/payments").then().statusCode(403);
        citizen("citizen2").post("/api/v1/payments/" + bill + "/checkout").then().statusCode(404);
        as("counter9", "SVHTTDL", "counter-officer").queryParam("dossierCode", code).get("/api/v1/payments").then().statusCode(403);
        specialist1().get("/api/v1/payments").then().statusCode(400).body("errors[0].field", equalTo("dossierCode"));
        specialist1().queryParam("dossierCode", code).get("/api/v1/payments").then().statusCode(200).body("[0].billCode", equalTo(bill));

        DossierCase before = CaseFixtures.load(code);
        CaseFixtures.pausedEarlier(code, 2 * 24 * 60); // the applicant paid two days later
        OffsetDateTime pausedAt = CaseFixtures.load(code).pausedAt();
        String first = citizen("citizen1").post("/api/v1/payments/" + bill + "/checkout").then().statusCode(200).extract().path("orderId");
        String again = citizen("citizen1").post("/api/v1/payments/" + bill + "/checkout").then().statusCode(200).extract().path("orderId");
        assertThat(again).as("a second press offers the same order").isEqualTo(first);
        gateway().decide(gateway().transactionOf(first).orElseThrow(), true);

        Waits.until("the case resumes", () -> CaseFixtures.load(code).state() == CaseState.IN_PROCESS);
        assertThat(status(bill)).isEqualTo(ObligationStatus.PAID);
        CaseLogEntry confirm = lastLog(code);
        assertThat(confirm.action).isEqualTo("CONFIRM_PAYMENT");
        assertThat(confirm.actor).isEqualTo("system");
        DossierCase after = CaseFixtures.load(code);
        assertThat(after.dueAt()).isEqualTo(fixtures.calc().extendByPause(before.dueAt(), pausedAt, confirm.at));
        assertThat(after.dueAt()).isAfter(before.dueAt());
        List<String> settled = CaseFixtures.eventPayloads(code, EventTypes.PAYMENT_SETTLED);
        assertThat(settled).hasSize(1);
        assertThat(settled.get(0)).contains("\"channel\":\"ONLINE\"").contains("\"amountVnd\":150000").contains(bill);
        assertThat(gateway().callbacks(first)).isNotEmpty().allSatisfy(c -> assertThat(c.answeredStatus()).isEqualTo(200));

        // the very same signed callback again (a replay): answered, logged, nothing changes
        assertThat(postCallback(gateway().callbacks(first).get(0).body())).isEqualTo(200);
        assertThat(reports(first, PaymentReport.Outcome.ALREADY_SETTLED)).isEqualTo(1);
        assertThat(CaseFixtures.eventPayloads(code, EventTypes.PAYMENT_SETTLED)).hasSize(1);
        assertThat(CaseFixtures.events(code, EventTypes.CASE_STATUS_CHANGED)).isEqualTo(5); // receive, assign, start, request, confirm
        citizen("citizen1").post("/api/v1/payments/" + bill + "/checkout").then().statusCode(409).body("code", equalTo("bill-not-payable"));
        RestAssured.given().queryParam("orderId", first).get("/payments/return").then().statusCode(200)
                .body(containsString("data-status=PAID")).body(containsString(bill));
    }

    @Test
    void aDoubleCallbackAndReportsArrivingTogetherSettleTheBillOnce() {
        String bill = awaitingPayment();
        String code = dossierOf(bill);
        gateway().fail(SimulatedGateway.FailureMode.DOUBLE_CALLBACK, 1);
        String order = pay(bill);
        Waits.until("both callbacks answered", () -> gateway().callbacks(order).size() == 2);
        assertThat(gateway().callbacks(order)).allSatisfy(c -> assertThat(c.answeredStatus()).isEqualTo(200));
        // and the same report from six senders at once (a replica each, the status query, the daily list)
        String report = gateway().signedReport(order);
        List<Integer> answers = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() -> postCallback(report)))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(answers).isNotEmpty().containsOnly(200);
        assertThat(reports(order, PaymentReport.Outcome.SETTLED)).isEqualTo(1);
        assertThat(reports(order, PaymentReport.Outcome.ALREADY_SETTLED)).isEqualTo(7);
        assertThat(CaseFixtures.eventPayloads(code, EventTypes.PAYMENT_SETTLED)).hasSize(1);
        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.IN_PROCESS);
    }

    @Test
    void forgedOrMismatchedReportsAreRefusedAndALostCallbackIsFoundByTheReconciliation() throws Exception {
        String bill = awaitingPayment();
        String code = dossierOf(bill);
        gateway().fail(SimulatedGateway.FailureMode.LOST_CALLBACK, 1);
        String order = pay(bill);
        ObjectNode real = (ObjectNode) JSON.readTree(gateway().signedReport(order));
        String merchant = real.get("merchantCode").asText();

        ObjectNode dearer = real.deepCopy().put("amount", 1500); // changed after signing
        ObjectNode otherKey = real.deepCopy();
        otherKey.put("signature", GatewaySigner.hmac("not-the-secret").sign(canonical(otherKey)));
        ObjectNode lessSigned = real.deepCopy().put("amount", 15000); // signed by the gateway, but not what was asked
        lessSigned.put("signature", GatewaySigner.hmac(gateway().options().secretKey()).sign(canonical(lessSigned)));
        ObjectNode unknown = real.deepCopy().put("orderId", "MC" + "0".repeat(24));
        unknown.put("signature", GatewaySigner.hmac(gateway().options().secretKey()).sign(canonical(unknown)));
        assertThat(merchant).isEqualTo("MOTCUA-HANAM");

        for (ObjectNode bad : List.of(dearer, otherKey, lessSigned, unknown)) {
            RestAssured.given().contentType("application/json").body(bad.toString()).post("/api/v1/payments/callback").then()
                    .statusCode(400).body("code", equalTo("payment-report-refused"));
        }
        RestAssured.given().contentType("application/json").body("{not json").post("/api/v1/payments/callback").then()
                .statusCode(400).body("code", equalTo("payment-report-refused")).body("detail_vi", containsString("JSON"));
        assertThat(status(bill)).isEqualTo(ObligationStatus.PENDING);
        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.PAYMENT_REQUESTED);
        assertThat(CaseFixtures.eventPayloads(code, EventTypes.PAYMENT_SETTLED)).isEmpty();
        assertThat(reports(order, PaymentReport.Outcome.FORGED)).isEqualTo(2);
        assertThat(reports(order, PaymentReport.Outcome.MISMATCH)).isEqualTo(1);
        // an officer reviews them: admin all, a leader their agency's, nobody else
        as("admin1", null, "admin").get("/api/v1/payments/reports").then().statusCode(200)
                .body("findAll { it.billCode == '" + bill + "' }.outcome", org.hamcrest.Matchers.hasItem("MISMATCH"));
        leader1().get("/api/v1/payments/reports").then().statusCode(200)
                .body("findAll { it.billCode == '" + bill + "' }.size()", equalTo(1));
        as("partner1", "SVHTTDL", "leader").get("/api/v1/payments/reports").then().statusCode(200)
                .body("findAll { it.billCode == '" + bill + "' }.size()", equalTo(0));
        citizen("citizen1").get("/api/v1/payments/reports").then().statusCode(403);

        // the callback never came: the gateway's daily list settles the bill, and a second run changes nothing
        PaymentReconciliation.Run run = reconciliation.run();
        assertThat(run.settled()).isGreaterThanOrEqualTo(1);
        assertThat(status(bill)).isEqualTo(ObligationStatus.PAID);
        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.IN_PROCESS);
        reconciliation.run();
        assertThat(CaseFixtures.eventPayloads(code, EventTypes.PAYMENT_SETTLED)).hasSize(1);
        assertThat(reports(order, PaymentReport.Outcome.SETTLED)).isEqualTo(1);
    }

    @Test
    void aGatewayThatIsDownOrSlowGivesTheApplicantAClearErrorAndTheyCanPayLater() {
        String bill = awaitingPayment();
        for (SimulatedGateway.FailureMode mode : List.of(SimulatedGateway.FailureMode.DOWN, SimulatedGateway.FailureMode.TIMEOUT)) {
            gateway().fail(mode, 1);
            citizen("citizen1").post("/api/v1/payments/" + bill + "/checkout").then().statusCode(503)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                    .body("code", equalTo("payment-gateway-unavailable")).body("detail_vi", containsString("thử lại"));
            assertThat(status(bill)).as(mode.name()).matches(ObligationStatus::payable);
        }
        String order = pay(bill);
        Waits.until("paid after the outage", () -> status(bill) == ObligationStatus.PAID);
        assertThat(order).isNotBlank();
    }

    @Test
    void cashTakenByAPostalClerkOrAtTheCounterSettlesTheBillsOfAnotherAgencyAndTheLastOneResumesTheCase() {
        fixtures.knownAgency("SVHTTDL");
        String code = fixtures.open(new CaseFixtures.NewCase("SVHTTDL", "Trần Thị Bình", "0912000111", Channel.POSTAL,
                OffsetDateTime.now(), 10));
        RequestSpecification partner = as("partner1", "SVHTTDL", "specialist", "leader");
        as("partner1", "SVHTTDL", "specialist", "leader").body("{\"assignee\":\"partner1\"}").post(act(code, "ASSIGN")).then().statusCode(200);
        as("partner1", "SVHTTDL", "specialist", "leader").body("{}").post(act(code, "START")).then().statusCode(200);
        partner.body("""
                {"reason":"Nộp phí thẩm định và lệ phí","fees":[
                 {"kind":"FEE","amountVnd":500000,"legalBasis":"Nghị quyết 12/2025/NQ-HĐND"},
                 {"kind":"CHARGE","amountVnd":50000,"legalBasis":"Thông tư 263/2016/TT-BTC"}]}""")
                .post(act(code, "REQUEST_PAYMENT")).then().statusCode(200);
        List<String> bills = as("partner1", "SVHTTDL", "specialist", "leader").queryParam("dossierCode", code)
                .get("/api/v1/payments").then().statusCode(200).extract().path("billCode");
        assertThat(bills).hasSize(2);
        RequestSpecification counter = as("counter7", "SVHTTDL", "counter-officer");

        // another agency's officer may not record it; a postal payment names its clerk; online is the gateway's to say
        as("counter1", "SKHCN", "counter-officer").body("{\"channel\":\"COUNTER_CASH\"}").post("/api/v1/payments/" + bills.get(0) + "/cash")
                .then().statusCode(403);
        counter.body("{\"channel\":\"POSTAL_CASH\"}").post("/api/v1/payments/" + bills.get(0) + "/cash").then().statusCode(400)
                .body("errors[0].field", equalTo("collectedBy"));
        as("counter7", "SVHTTDL", "counter-officer").body("{\"channel\":\"ONLINE\"}").post("/api/v1/payments/" + bills.get(0) + "/cash")
                .then().statusCode(400).body("errors[0].field", equalTo("channel"));

        as("counter7", "SVHTTDL", "counter-officer").body("{\"channel\":\"POSTAL_CASH\",\"collectedBy\":\"postal1\",\"receiptNumber\":\"BL-0001\"}")
                .post("/api/v1/payments/" + bills.get(0) + "/cash").then().statusCode(200)
                .body("status", equalTo("PAID")).body("settlement.collectedBy", equalTo("postal1"));
        assertThat(CaseFixtures.load(code).state()).as("one bill still open").isEqualTo(CaseState.PAYMENT_REQUESTED);
        as("counter7", "SVHTTDL", "counter-officer").body("{\"channel\":\"POSTAL_CASH\",\"collectedBy\":\"postal1\"}")
                .post("/api/v1/payments/" + bills.get(0) + "/cash").then().statusCode(409);
        as("counter7", "SVHTTDL", "counter-officer").body("{\"channel\":\"COUNTER_CASH\"}")
                .post("/api/v1/payments/" + bills.get(1) + "/cash").then().statusCode(200).body("settlement.collectedBy", equalTo("counter7"));

        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.IN_PROCESS);
        CaseLogEntry confirm = lastLog(code);
        assertThat(confirm.action).isEqualTo("CONFIRM_PAYMENT");
        assertThat(confirm.actor).isEqualTo("counter7");
        List<String> settled = CaseFixtures.eventPayloads(code, EventTypes.PAYMENT_SETTLED);
        assertThat(settled).hasSize(2);
        assertThat(settled.get(0)).contains("\"channel\":\"POSTAL_CASH\"").contains("\"collectedBy\":\"postal1\"");
        assertThat(settled.get(1)).contains("\"channel\":\"COUNTER_CASH\"");
    }

    @Test
    void aCaseWithdrawnWhileAwaitingPaymentCancelsItsBills() {
        String bill = awaitingPayment();
        String code = dossierOf(bill);
        CaseFixtures.counter1().body("{\"reason\":\"Người nộp rút hồ sơ tại quầy\"}").post(act(code, "WITHDRAW")).then().statusCode(200);
        assertThat(status(bill)).isEqualTo(ObligationStatus.CANCELLED);
        citizen("citizen1").post("/api/v1/payments/" + bill + "/checkout").then().statusCode(409);
    }

    private static String canonical(ObjectNode r) {
        return SimulatedGateway.canonical(r.get("merchantCode").asText(), r.get("transactionId").asText(), r.get("orderId").asText(),
                r.get("billCode").asText(), r.get("amount").asLong(), r.get("currency").asText(), r.get("status").asText(),
                r.get("paidAt").isNull() ? null : r.get("paidAt").asText());
    }
}
