package vn.motcua.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox relay: {@code motcua.outbox.*}. */
@ConfigMapping(prefix = "motcua.outbox")
public interface OutboxConfig {

    /** Rows sent together, all in flight at once, then marked in one statement (bench/relay.sh measured 2000). */
    @WithDefault("2000")
    int batchSize();

    /** How long a batch waits for the broker's acknowledgements before the rest is retried later. */
    @WithDefault("PT15S")
    Duration sendTimeout();

    /** How often the relay looks for new rows when it has caught up. */
    @WithDefault("0.5s")
    String interval();

    /** Published rows are kept this long (to see what was sent), then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
