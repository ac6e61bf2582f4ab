package vn.motcua.notification.channel;

import java.net.URI;
import java.util.Optional;
import io.smallrye.config.ConfigMapping;

/** SMS through a provider's HTTP gateway (tin nhắn): {@code motcua.sms.*}. Without a gateway, only the log. */
@ConfigMapping(prefix = "motcua.sms")
public interface SmsConfig {

    Optional<URI> gatewayUrl();

    /** The gateway's bearer token, from the environment ({@code MOTCUA_SMS_TOKEN}). */
    Optional<String> token();
}
