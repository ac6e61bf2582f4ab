package vn.motcua.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry: {@code motcua.consumer.*}. */
@ConfigMapping(prefix = "motcua.consumer")
public interface ConsumerConfig {

    /** Attempts at a record that fails deterministically before it is dead-lettered. */
    @WithDefault("5")
    int maxAttempts();

    @WithDefault("PT0.2S")
    Duration firstBackoff();

    /** The longest wait between two attempts (also while an outage is waited out). */
    @WithDefault("PT10S")
    Duration maxBackoff();

    /**
     * How long a record whose reference comes from another topic ({@link NotYetKnownException}) is tried again before it
     * is dead-lettered: long enough for that topic to catch up after an outage.
     */
    @WithDefault("PT10M")
    Duration awaitReference();
}
