package vn.motcua.processing.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import vn.motcua.portalsim.payment.SimulatedGateway;

/**
 * The simulated payment gateway on a free port for this test JVM (a real HTTP server, signing its reports with the
 * demo merchant's secret); a short time-out hold and late delay, and a client that waits less than the hold.
 */
public class SimulatedGatewayResource implements QuarkusTestResourceLifecycleManager {

    private static SimulatedGateway gateway;

    /** The running gateway (started before any test of the module). */
    public static synchronized SimulatedGateway gateway() {
        if (gateway == null) {
            gateway = SimulatedGateway.start(0, SimulatedGateway.Options.demo()
                    .withTimings(Duration.ofSeconds(3), Duration.ofSeconds(2)));
            Runtime.getRuntime().addShutdownHook(new Thread(gateway::close));
        }
        return gateway;
    }

    /**
     * The gateway calls this service back, so the service's test port must be known before it starts: a free port is
     * taken for it here instead of the random port the platform's tests otherwise use.
     */
    @Override
    public Map<String, String> start() {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String self = "http://localhost:" + port;
        return Map.of("quarkus.http.test-port", Integer.toString(port),
                "motcua.payment.gateway.url", gateway().url(),
                "motcua.payment.gateway.request-timeout", "1500ms",
                "motcua.payment.callback-url", self + "/api/v1/payments/callback",
                "motcua.payment.return-url", self + "/payments/return");
    }

    @Override
    public void stop() {
        // kept for the JVM: other test classes reuse it
    }

    /** Applies the resource to every @QuarkusTest of the module. */
    @QuarkusTestResource(value = SimulatedGatewayResource.class, restrictToAnnotatedClass = false)
    public static class Everywhere {
    }
}
