package vn.motcua.notification.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Delivery of e-mail and SMS messages (gửi thư điện tử, tin nhắn): {@code motcua.delivery.*}. */
@ConfigMapping(prefix = "motcua.delivery")
public interface DeliveryConfig {

    /** How often the dispatcher looks for due messages. */
    @WithDefault("2s")
    String interval();

    /** Attempts before a message is permanently FAILED. */
    @WithDefault("10")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further one. */
    @WithDefault("PT30S")
    Duration firstBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration maxBackoff();

    /**
     * How long a claimed message is left to the replica that claimed it before another may try it: longer than a
     * mail server's or gateway's timeout, so that only a replica that died mid-send hands its messages on.
     */
    @WithDefault("PT5M")
    Duration lease();
}
