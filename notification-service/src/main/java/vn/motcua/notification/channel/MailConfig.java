package vn.motcua.notification.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** E-mail over SMTP (thư điện tử): {@code motcua.mail.*}. Without a host, messages are only written to the log. */
@ConfigMapping(prefix = "motcua.mail")
public interface MailConfig {

    /** The province's mail server; none in local runs. */
    Optional<String> host();

    @WithDefault("25")
    int port();

    /** The sender address of every message. */
    @WithDefault("motcua@localhost")
    String from();

    Optional<String> user();

    /** From the environment ({@code MOTCUA_MAIL_PASSWORD}), never from a file in the repository. */
    Optional<String> password();

    @WithDefault("false")
    boolean startTls();
}
