package vn.motcua.portalsync.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The portal's provincial integration endpoint and the province's account ({@code motcua.portal.*}). */
@ConfigMapping(prefix = "motcua.portal")
public interface PortalConfig {

    /** Base URL of the integration endpoint; the operations are {@code <url>/api/v1/<operation>}. */
    String url();

    /** The account the portal's operator issued to the province. */
    String username();

    /** Its password: from the environment or the secret store, never from the repository outside the demo. */
    String password();

    /** Time allowed for a connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time allowed for an answer; a call that takes longer is retried later (the key makes that safe). */
    @WithDefault("10s")
    Duration requestTimeout();

    /** A session token is renewed this long before it expires (and at once on a 401). */
    @WithDefault("60s")
    Duration renewBefore();
}
