package vn.motcua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven Central distribution in dev mode, importing realm {@code motcua} from
 * {@code deploy/keycloak/motcua-realm.json}. Build options stay identical between starts so Keycloak does not
 * re-augment. The admin console log-in is a demo value (admin/admin), never for production.
 */
public final class KeycloakServer {

    public static final String REALM = "motcua";

    private KeycloakServer() {
    }

    /**
     * @param dataDir where Keycloak keeps its H2 database (kept between runs, or throw-away for tests); every stack
     *                has its own, so a running stack and a test run never share files
     */
    public static ManagedProcess start(int port, Path dataDir, Path logFile) {
        Path home = DevstackConfig.keycloakHome();
        Path realm = DevstackConfig.projectRoot().resolve("deploy/keycloak/motcua-realm.json");
        try {
            Path importDir = home.resolve("data/import");
            Files.createDirectories(importDir);
            Files.copy(realm, importDir.resolve("motcua-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the realm file " + realm, e);
        }
        ManagedProcess p = ManagedProcess.start("keycloak",
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port, "--import-realm",
                        "--hostname-strict=false", "--http-management-port=" + Ports.free(),
                        // db-url is a runtime option: changing it does not re-augment Keycloak
                        // one database per version of the realm file: Keycloak imports a realm only once, so a changed
                        // file (a new client mapper, a new demo user) starts from a fresh realm instead of being ignored
                        "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb-" + digest(realm)) + ";NON_KEYWORDS=VALUE"),
                Map.of("JAVA_HOME", Path.of(System.getProperty("java.home")).toString(),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_OPTS_APPEND", "-Xms64m -Xmx768m"),
                home, logFile);
        return p.awaitReady(issuer(port) + "/.well-known/openid-configuration", Duration.ofMinutes(4));
    }

    public static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    private static String digest(Path file) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(hash, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
