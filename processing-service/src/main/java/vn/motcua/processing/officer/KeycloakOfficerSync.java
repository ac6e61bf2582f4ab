package vn.motcua.processing.officer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies the realm's officers (users holding the specialist, leader or counter-officer role, their {@code agency}
 * attribute and whether they are enabled) into the {@link OfficerDirectory}, so that a leader can assign a case to an
 * officer who has not signed in yet, and not to one who has left. Reads Keycloak's admin API with the client-credentials
 * token of the {@code motcua-directory} service account (realm-management {@code view-users}); does nothing when no
 * Keycloak URL is configured. Replicas may run it at the same time: every write is an idempotent upsert.
 */
@ApplicationScoped
public class KeycloakOfficerSync {

    private static final int PAGE = 200;

    private final OfficersConfig config;
    private final OfficerDirectory directory;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public KeycloakOfficerSync(OfficersConfig config, OfficerDirectory directory, ObjectMapper json) {
        this.config = config;
        this.directory = directory;
        this.json = json;
    }

    @Scheduled(every = "${motcua.officers.sync-interval}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.keycloak().url().isEmpty()) {
            return;
        }
        try {
            int n = sync();
            Log.debugf("officer directory: %d officers from Keycloak", n);
        } catch (IOException | RuntimeException e) {
            Log.warnf("officer directory not synchronised from Keycloak this time: %s", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One synchronisation; returns how many officers Keycloak listed. */
    int sync() throws IOException, InterruptedException {
        OfficersConfig.Keycloak kc = config.keycloak();
        String base = kc.url().orElseThrow().replaceAll("/+$", "");
        String token = token(base, kc);
        Map<String, Listed> officers = new HashMap<>();
        for (String role : OfficerDirectory.OFFICER_ROLES) {
            for (int first = 0; ; first += PAGE) {
                JsonNode page = get(base + "/admin/realms/" + kc.realm() + "/roles/" + role + "/users?briefRepresentation=false&first="
                        + first + "&max=" + PAGE, token);
                for (JsonNode u : page) {
                    JsonNode agency = u.path("attributes").path("agency");
                    String agencyCode = agency.isArray() && !agency.isEmpty() ? agency.get(0).asText() : null;
                    officers.computeIfAbsent(u.path("username").asText(), k -> new Listed(agencyCode, u.path("enabled").asBoolean(true),
                            new TreeSet<>())).roles().add(role);
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            officers.forEach((username, o) -> directory.record(username, o.agencyCode(), o.roles(), o.enabled(),
                    OfficerDirectory.Source.KEYCLOAK));
            directory.deactivateKeycloakOfficersOtherThan(officers.keySet());
        });
        return officers.size();
    }

    private record Listed(String agencyCode, boolean enabled, Set<String> roles) {
    }

    private String token(String base, OfficersConfig.Keycloak kc) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(kc.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(kc.clientSecret().orElse(""), StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/" + kc.realm() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("token request answered " + r.statusCode());
        }
        return json.readTree(r.body()).path("access_token").asText();
    }

    private JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 404) {
            return json.createArrayNode(); // the role does not exist in this realm
        }
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode());
        }
        return json.readTree(r.body());
    }
}
