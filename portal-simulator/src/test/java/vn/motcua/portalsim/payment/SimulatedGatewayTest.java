package vn.motcua.portalsim.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated gateway as a merchant sees it: signed requests only, one transaction per order, signed reports. */
class SimulatedGatewayTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static SimulatedGateway gateway;
    static HttpServer merchant;
    static final List<String> callbacks = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        gateway = SimulatedGateway.start(0, SimulatedGateway.Options.demo().withTimings(Duration.ofMillis(200), Duration.ofMillis(300)));
        merchant = HttpServer.create(new InetSocketAddress("localhost", 0), 8);
        merchant.createContext("/callback", ex -> {
            callbacks.add(new String(ex.getRequestBody().readAllBytes()));
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        merchant.start();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        merchant.stop(0);
    }

    static String order(String orderId, long amount) {
        return """
                {"orderId":"%s","billCode":"B-%s","amount":%d,"currency":"VND","description":"Lệ phí",
                 "returnUrl":"http://localhost/return","callbackUrl":"http://localhost:%d/callback"}"""
                .formatted(orderId, orderId, amount, merchant.getAddress().getPort());
    }

    static HttpResponse<String> create(String body, String secret) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/api/v1/transactions"))
                .header("X-Merchant", "MOTCUA-HANAM").header("X-Signature", GatewaySigner.hmacHex(secret, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String secret() {
        return gateway.options().secretKey();
    }

    @Test
    void onlyASignedRequestOpensATransactionAndTheSameOrderIsTheSameTransaction() throws Exception {
        assertThat(create(order("O1", 150_000), "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> first = create(order("O1", 150_000), secret());
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = create(order("O1", 150_000), secret());
        assertThat(JSON.readTree(again.body()).get("transactionId")).isEqualTo(JSON.readTree(first.body()).get("transactionId"));
        assertThat(create(order("O1", 1_500), secret()).statusCode()).as("same order, another amount").isEqualTo(409);
        assertThat(create(order("O2", 0), secret()).statusCode()).isEqualTo(400);
    }

    @Test
    void aPaymentIsReportedSignedToTheCallbackAndADeclineAsFailed() throws Exception {
        JsonNode t = JSON.readTree(create(order("O3", 50_000), secret()).body());
        String back = gateway.decide(t.get("transactionId").asText(), true);
        assertThat(back).isEqualTo("http://localhost/return?orderId=O3&status=PAID");
        org.awaitility.Awaitility.await("the callback").atMost(Duration.ofSeconds(10)).until(() -> !gateway.callbacks("O3").isEmpty());
        JsonNode report = JSON.readTree(gateway.callbacks("O3").get(0).body());
        assertThat(report.get("status").asText()).isEqualTo("PAID");
        assertThat(report.get("signature").asText()).isEqualTo(GatewaySigner.hmacHex(secret(), SimulatedGateway.canonical(
                "MOTCUA-HANAM", report.get("transactionId").asText(), "O3", "B-O3", 50_000, "VND", "PAID", report.get("paidAt").asText())));
        assertThat(gateway.decide(t.get("transactionId").asText(), false)).as("decided once").endsWith("status=PAID");

        gateway.fail(SimulatedGateway.FailureMode.DECLINE, 1);
        JsonNode declined = JSON.readTree(create(order("O4", 50_000), secret()).body());
        assertThat(gateway.decide(declined.get("transactionId").asText(), true)).endsWith("status=FAILED");
    }
}
