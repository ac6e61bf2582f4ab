package vn.motcua.portalsync.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.portalsync.mapping.PortalDates;
import vn.motcua.portalsync.mapping.PortalOperation;

/**
 * The portal over HTTP: logs in for a session token, renews it before it expires (or at once when the portal says
 * 401), and posts {@code {"MaDinhDanhDV": unit, "data": {...}}} to {@code <url>/api/v1/<operation>} with an
 * {@code Idempotency-Key}. A 2xx is an acknowledgement; 400, 404, 409, 422 a rejection of the payload; anything
 * else (5xx, 408, 429, time-out, refused connection, a log-in that fails) an outage to wait out.
 *
 * <p>The national transport specification is not public: this adapter is kept thin so that a province adapts the
 * paths and the envelope here, and nothing else (see the README's portal section).
 */
@ApplicationScoped
public class HttpPortalClient implements PortalClient {

    private record Session(String token, Instant renewAt) {
    }

    private final PortalConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;
    private volatile Session session;

    public HttpPortalClient(PortalConfig config, ObjectMapper json, Clock clock) {
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    @Override
    public Delivery send(PortalOperation operation, String unitId, String idempotencyKey, JsonNode data) {
        try {
            HttpResponse<String> r = call(operation, unitId, idempotencyKey, data);
            String message = message(r.body());
            int s = r.statusCode();
            if (s / 100 == 2) {
                return new Delivery.Acknowledged(message);
            }
            if (s == 400 || s == 404 || s == 409 || s == 422) {
                return new Delivery.Rejected(s, message);
            }
            return new Delivery.Unavailable(s, "HTTP " + s + ": " + message);
        } catch (PortalUnavailableException e) {
            return new Delivery.Unavailable(null, e.getMessage());
        }
    }

    @Override
    public Optional<PortalDossier> lookUp(String unitId, String dossierCode) {
        ObjectNode data = json.createObjectNode().put("MaHoSo", dossierCode);
        HttpResponse<String> r = call(PortalOperation.LOOK_UP, unitId, null, data);
        if (r.statusCode() == 400 || r.statusCode() == 404) {
            return Optional.empty();
        }
        if (r.statusCode() / 100 != 2) {
            throw new PortalUnavailableException("look-up of " + dossierCode + ": HTTP " + r.statusCode());
        }
        try {
            JsonNode d = json.readTree(r.body()).path("data");
            return Optional.of(new PortalDossier(dossierCode, d.path("TrangThaiHoSo").asInt(),
                    PortalDates.parse(d.path("NgayHenTra").asText(null)), PortalDates.parse(d.path("HanXuLyTheoCong").asText(null)),
                    d.hasNonNull("ThoiHanGiaiQuyet") ? d.get("ThoiHanGiaiQuyet").asInt() : null, d.path("QuaHan").asBoolean()));
        } catch (IOException e) {
            throw new PortalUnavailableException("look-up of " + dossierCode + " answered with no JSON");
        }
    }

    private HttpResponse<String> call(PortalOperation operation, String unitId, String key, JsonNode data) {
        ObjectNode body = json.createObjectNode();
        body.put("MaDinhDanhDV", unitId);
        body.set("data", data);
        HttpResponse<String> r = post(operation, key, body, token(false));
        if (r.statusCode() == 401) { // expired or revoked early: log in again once
            r = post(operation, key, body, token(true));
        }
        return r;
    }

    private HttpResponse<String> post(PortalOperation operation, String key, ObjectNode body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.url() + "/api/v1/" + operation.portalName()))
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(text(body)));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return send(b.build(), "");
    }

    private synchronized String token(boolean renew) {
        Session s = session;
        if (!renew && s != null && clock.instant().isBefore(s.renewAt())) {
            return s.token();
        }
        String body = text(json.createObjectNode().put("username", config.username()).put("password", config.password()));
        HttpRequest login = HttpRequest.newBuilder(URI.create(config.url() + "/api/v1/login"))
                .timeout(config.requestTimeout()).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = send(login, "log-in: ");
        if (r.statusCode() != 200) {
            Log.warnf("portal log-in refused (HTTP %d): check motcua.portal.username / password", r.statusCode());
            throw new PortalUnavailableException("log-in refused: HTTP " + r.statusCode());
        }
        JsonNode answer;
        try {
            answer = json.readTree(r.body());
        } catch (IOException e) {
            throw new PortalUnavailableException("log-in answered with no JSON");
        }
        long ttl = answer.path("expiresIn").asLong(300);
        Instant renewAt = clock.instant().plusSeconds(Math.max(1, ttl - config.renewBefore().toSeconds()));
        session = new Session(answer.path("token").asText(), renewAt);
        return session.token();
    }

    /** Sends a request: no answer in time, no connection or an interruption is the portal being unavailable. */
    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new PortalUnavailableException(what + "no answer within " + config.requestTimeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new PortalUnavailableException(what + "cannot reach the portal: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalUnavailableException("interrupted");
        }
    }

    private String text(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String message(String body) {
        try {
            return json.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body == null ? "" : body.substring(0, Math.min(body.length(), 500));
        }
    }
}
