package vn.motcua.portalsync.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter: the n-th failed attempt waits {@code first * 2^(n-1)}, capped, then a random part
 * of it (between half and all), so that after an outage the replicas and dossiers do not all call at once.
 */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int attempts, Duration first, Duration max, RandomGenerator random) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long full = Math.min(max.toMillis(), first.toMillis() << Math.min(doublings, 20));
        long wait = full / 2 + (full / 2 == 0 ? 0 : random.nextLong(full - full / 2 + 1));
        return Duration.ofMillis(Math.max(1, wait));
    }
}
