package vn.motcua.notification.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.motcua.notification.message.Notification;

/**
 * SMS through a provider's HTTP gateway ({@code motcua.sms.gateway-url}, JSON {@code {to, text, reference}}, bearer
 * token). Without a gateway configured (local runs) the message goes to the log instead.
 */
@ApplicationScoped
public class SmsChannel implements MessageChannel {

    private final Optional<URI> gateway;
    private final Optional<String> token;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @jakarta.inject.Inject
    public SmsChannel(SmsConfig config, ObjectMapper json) {
        this(config.gatewayUrl(), config.token(), json);
    }

    /** A channel to the given gateway (tests start one). */
    SmsChannel(Optional<URI> gateway, Optional<String> token, ObjectMapper json) {
        this.gateway = gateway;
        this.token = token;
        this.json = json;
    }

    @Override
    public String name() {
        return "SMS";
    }

    @Override
    public Handover send(Notification n, Attachment attachment) throws DeliveryException {
        if (gateway.isEmpty()) {
            Log.infof("[sms:log] to %s: %s", n.recipientAddress, n.body);
            return Handover.LOGGED;
        }
        try {
            String body = json.writeValueAsString(Map.of("to", n.recipientAddress, "text", n.body, "reference", n.id.toString()));
            HttpRequest.Builder req = HttpRequest.newBuilder(gateway.get()).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            token.ifPresent(t -> req.header("Authorization", "Bearer " + t));
            HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() >= 500 || res.statusCode() == 429) {
                throw new DeliveryException("SMS gateway answered " + res.statusCode(), false, null);
            }
            if (res.statusCode() >= 400) {
                throw new DeliveryException("SMS gateway refused: " + res.statusCode() + " " + res.body(), true, null);
            }
            return Handover.HANDED_OVER;
        } catch (IOException e) {
            throw new DeliveryException("SMS gateway unavailable: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", false, e);
        }
    }
}
