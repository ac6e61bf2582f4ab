package vn.motcua.intake.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.platform.problem.ProblemException;

/**
 * At most {@code motcua.lookup.per-minute} public lookups per client address and minute (fixed window, per replica:
 * with N replicas behind a balancer a client gets at most N times that; the gateway may add a global limit).
 */
@ApplicationScoped
public class LookupRateLimit {

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    public LookupRateLimit(LookupConfig config, Clock clock) {
        this.perMinute = config.perMinute();
        this.clock = clock;
    }

    public void check(String client) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        Window w = windows.merge(client, new Window(minute, 1),
                (old, one) -> old.minute() == minute ? new Window(minute, old.count() + 1) : one);
        if (w.count() > perMinute) {
            throw new ProblemException(429, "too-many-lookups", "Tra cứu quá nhiều lần", "Too many lookups",
                    "Vui lòng thử lại sau một phút", "Please try again in a minute", List.of())
                    .retryAfter(60 - (clock.millis() / 1000) % 60); // the window ends at the next full minute
        }
    }
}
