package vn.motcua.notification.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the service's SMTP client at a port on which the tests run a real SMTP server (GreenMail) when and as long
 * as they want — so they can also stop it to simulate an outage. The port travels in a system property.
 */
@QuarkusTestResource(value = SmtpPort.class, restrictToAnnotatedClass = false)
public class SmtpPort implements QuarkusTestResourceLifecycleManager {

    public static final String PROPERTY = "motcua.test.smtp-port";

    @Override
    public Map<String, String> start() {
        String port = System.getProperty(PROPERTY);
        if (port == null) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = Integer.toString(s.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PROPERTY, port);
        }
        return Map.of("motcua.mail.host", "localhost", "motcua.mail.port", port,
                "motcua.delivery.interval", "0.3s", "motcua.delivery.first-backoff", "PT0.5S",
                "motcua.delivery.max-backoff", "PT2S");
    }

    public static int port() {
        return Integer.parseInt(System.getProperty(PROPERTY));
    }

    @Override
    public void stop() {
    }
}
