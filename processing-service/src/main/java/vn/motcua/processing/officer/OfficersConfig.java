package vn.motcua.processing.officer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where the officer directory is synchronised from (see {@link KeycloakOfficerSync}). */
@ConfigMapping(prefix = "motcua.officers")
public interface OfficersConfig {

    Keycloak keycloak();

    /** How often the directory is read again from Keycloak (a duration such as {@code 10m}, also the scheduler's). */
    String syncInterval();

    /** Keycloak's admin API, read with the client-credentials token of a service account that may view users. */
    interface Keycloak {
        /** Base URL of Keycloak (e.g. {@code http://localhost:8180}); none = no synchronisation. */
        Optional<String> url();

        @WithDefault("motcua")
        String realm();

        @WithDefault("motcua-directory")
        String clientId();

        Optional<String> clientSecret();
    }
}
