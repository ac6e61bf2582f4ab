package vn.motcua.testsupport;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;

/**
 * The tests' one way of waiting, on Awaitility: {@link #until} for something that must happen, {@link #holds} for
 * something that must stay so (no duplicate turning up, no late event undoing a state) — never a fixed sleep
 * followed by a look.
 */
public final class Waits {

    /** How long anything asynchronous in the tests may take (consumers, relays, the mail outbox). */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(200);

    private Waits() {
    }

    /** Waits until the condition is true; fails after {@link #PATIENCE} naming what did not happen. */
    public static void until(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(PATIENCE).pollInterval(POLL).pollDelay(Duration.ZERO).until(condition);
    }

    /**
     * Waits until the condition is true, then requires it to stay true for {@code during}: fails at once when it
     * turns false (a duplicate appeared, a late event undid a state).
     */
    public static void holds(String what, Duration during, Callable<Boolean> condition) {
        until(what, condition);
        Awaitility.await(what + " (stays so for " + during.toMillis() + " ms)").during(during)
                .atMost(during.plus(Duration.ofSeconds(5))).pollInterval(POLL).until(condition);
    }
}
