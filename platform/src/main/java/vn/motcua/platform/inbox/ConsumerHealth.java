package vn.motcua.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the event consumers: DOWN while a consumer has been waiting out a transient failure (database or
 * broker away) for longer than a grace period, UP again by itself with its next handled record. The channels
 * themselves never fail (their unprocessed-record age check is off, see application.properties), so this check is
 * what says a consumer cannot work.
 */
@ApplicationScoped
public class ConsumerHealth {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private record Waiting(long sinceNanos, String reason) {
    }

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    void waitingOut(String consumer, Throwable reason) {
        waiting.putIfAbsent(consumer, new Waiting(System.nanoTime(), String.valueOf(reason)));
    }

    void working(String consumer) {
        waiting.remove(consumer);
    }

    /** The readiness check itself (a separate bean: a health check carries a qualifier). */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {
        private final ConsumerHealth state;

        Check(ConsumerHealth state) {
            this.state = state;
        }

        @Override
        public HealthCheckResponse call() {
            return state.response();
        }
    }

    HealthCheckResponse response() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("event consumers").up();
        long now = System.nanoTime();
        waiting.forEach((consumer, w) -> {
            long seconds = Duration.ofNanos(now - w.sinceNanos).toSeconds();
            if (seconds >= GRACE.toSeconds()) {
                b.down().withData(consumer, "waiting " + seconds + " s: " + abbreviate(w.reason));
            }
        });
        return b.build();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }
}
