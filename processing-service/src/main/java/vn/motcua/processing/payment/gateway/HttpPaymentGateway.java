package vn.motcua.processing.payment.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.processing.payment.PaymentConfig;

/**
 * The payment platform over HTTP, in the pattern of provincial connections (FACTS.md): each request carries the
 * merchant code ({@code X-Merchant}) and the HMAC-SHA256 of its signed text with the shared secret
 * ({@code X-Signature}: the body of a POST, the order id or the date of a GET). The exact national specification is
 * not public: this adapter is kept thin so that a province adapts the paths and field names here, and nothing else.
 */
@ApplicationScoped
public class HttpPaymentGateway implements PaymentGateway {

    private final PaymentConfig.Gateway config;
    private final ReportVerifier signer;
    private final ObjectMapper json;
    private final HttpClient http;

    public HttpPaymentGateway(PaymentConfig payment, ReportVerifier signer, ObjectMapper json) {
        this.config = payment.gateway();
        this.signer = signer;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    @Override
    public Checkout create(Order order) {
        ObjectNode body = json.createObjectNode().put("orderId", order.orderId()).put("billCode", order.billCode())
                .put("amount", order.amountVnd()).put("currency", "VND").put("description", order.description())
                .put("returnUrl", order.returnUrl().toString()).put("callbackUrl", order.callbackUrl().toString());
        String text = body.toString();
        HttpResponse<String> r = send(request("/api/v1/transactions", text)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
        JsonNode answer = read(r);
        if (r.statusCode() / 100 != 2 || !answer.path("transactionId").isTextual()) {
            throw new GatewayUnavailableException("creating order " + order.orderId() + ": HTTP " + r.statusCode() + " "
                    + answer.path("message").asText(""));
        }
        return new Checkout(answer.get("transactionId").asText(), URI.create(answer.path("paymentUrl").asText()));
    }

    @Override
    public Optional<GatewayReport> status(String orderId) {
        HttpResponse<String> r = send(request("/api/v1/transactions/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8),
                orderId).GET().build());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        if (r.statusCode() != 200) {
            throw new GatewayUnavailableException("status of " + orderId + ": HTTP " + r.statusCode());
        }
        return Optional.of(GatewayReport.of(read(r)));
    }

    @Override
    public List<GatewayReport> paidOn(LocalDate day) {
        HttpResponse<String> r = send(request("/api/v1/reconciliation?date=" + day, day.toString()).GET().build());
        if (r.statusCode() != 200) {
            throw new GatewayUnavailableException("daily list of " + day + ": HTTP " + r.statusCode());
        }
        List<GatewayReport> out = new ArrayList<>();
        read(r).path("transactions").forEach(t -> out.add(GatewayReport.of(t)));
        return out;
    }

    private HttpRequest.Builder request(String path, String signedText) {
        return HttpRequest.newBuilder(URI.create(config.url() + path)).timeout(config.requestTimeout())
                .header("X-Merchant", config.merchantCode()).header("X-Signature", signer.signRequest(signedText));
    }

    private JsonNode read(HttpResponse<String> r) {
        try {
            return json.readTree(r.body() == null || r.body().isEmpty() ? "{}" : r.body());
        } catch (IOException e) {
            throw new GatewayUnavailableException("the gateway answered HTTP " + r.statusCode() + " with no JSON");
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 401) {
                Log.warnf("the payment gateway refused the province's signature: check motcua.payment.gateway.merchant-code / secret-key");
            }
            return r;
        } catch (IOException e) {
            throw new GatewayUnavailableException("no answer from the gateway: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailableException("interrupted");
        }
    }
}
