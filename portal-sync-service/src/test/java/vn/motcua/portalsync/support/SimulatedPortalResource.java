package vn.motcua.portalsync.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import vn.motcua.portalsim.SimulatedPortal;

/**
 * The simulated national portal on a free port, for this test JVM: short-lived session tokens (the client must renew
 * them), a short time-out hold, and a sync with short back-offs so outages are waited out within a test.
 */
public class SimulatedPortalResource implements QuarkusTestResourceLifecycleManager {

    private static SimulatedPortal portal;

    @Override
    public synchronized Map<String, String> start() {
        if (portal == null) {
            portal = SimulatedPortal.start(0, SimulatedPortal.Options.demo().withTokenTtl(Duration.ofSeconds(4))
                    .withTimeoutHold(Duration.ofSeconds(3)));
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
        }
        return Map.of(
                "motcua.portal.url", portal.url(),
                "motcua.portal.request-timeout", "1500ms",
                "motcua.portal.renew-before", "1s",
                "motcua.portal-sync.interval", "PT0.1S",
                "motcua.portal-sync.first-backoff", "PT0.2S",
                "motcua.portal-sync.max-backoff", "PT1S",
                "motcua.portal-sync.lease", "PT10S");
    }

    @Override
    public void stop() {
        // kept for the JVM: other test classes reuse it
    }
}
