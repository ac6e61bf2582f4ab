package vn.motcua.e2e;

import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.devstack.Stack;
import vn.motcua.signature.testing.TestPki;

/**
 * One stack for every end-to-end test class of this JVM (Keycloak alone takes 20-70 s to start), stopped at exit.
 * A test CA made here is the processing-service's trusted CA, so tests can sign results it will accept.
 */
final class SharedStack implements org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource {

    private static SharedStack instance;

    private final Stack stack;
    private final Tokens tokens;
    private final TestPki pki;
    private final com.icegreen.greenmail.util.GreenMail smtp;

    private SharedStack() {
        pki = TestPki.create("E2E Government CA");
        Path trust = Path.of("target/e2e-trust").toAbsolutePath();
        pki.writeTrustDirectory(trust, pki.crl());
        // a real SMTP server for notification-service's e-mails
        int smtpPort = vn.motcua.devstack.Ports.free();
        smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(smtpPort, "localhost", "smtp"));
        smtp.start();
        stack = Stack.start(Stack.PortPlan.free(), null, Path.of("target/e2e-logs"), Map.of(
                "motcua.outbox.interval", "0.2s",
                "motcua.deadline.sweep-interval", "1s",
                "motcua.deadline.sweep-delay", "1s",
                "motcua.signature.trust-dir", trust.toString(),
                "motcua.mail.host", "localhost",
                "motcua.mail.port", Integer.toString(smtpPort),
                "motcua.delivery.interval", "0.5s"));
        tokens = new Tokens(stack.keycloakUrl());
    }

    /** Test classes use {@code @ExtendWith(SharedStack.Extension.class)}; the stack stops after the last of them. */
    static final class Extension implements org.junit.jupiter.api.extension.BeforeAllCallback {
        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext ctx) {
            ctx.getRoot().getStore(org.junit.jupiter.api.extension.ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent("motcua-e2e-stack", k -> get(), SharedStack.class);
        }
    }

    static synchronized SharedStack get() {
        if (instance == null) {
            instance = new SharedStack();
        }
        return instance;
    }

    @Override
    public void close() {
        stack.close();
        smtp.stop();
    }

    Stack stack() {
        return stack;
    }

    com.icegreen.greenmail.util.GreenMail smtp() {
        return smtp;
    }

    Tokens tokens() {
        return tokens;
    }

    TestPki pki() {
        return pki;
    }

    String url(String service) {
        return stack.serviceUrl(service);
    }

    /** Polls until the call answers 200 (or a non-null response), for at most a minute (Waits.PATIENCE). */
    static Response await(Supplier<Response> call, String what) {
        java.util.concurrent.atomic.AtomicReference<Response> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            vn.motcua.testsupport.Waits.until(what, () -> {
                Response r = call.get();
                last.set(r);
                return r != null && r.statusCode() == 200;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            Response r = last.get();
            throw new AssertionError("timed out waiting for " + what + (r == null ? "" : ": last " + r.statusCode() + " " + r.asString()), e);
        }
        return last.get();
    }
}
