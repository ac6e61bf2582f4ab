package vn.motcua.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Build-time facts baked into the jar: where Keycloak was unpacked and where the project lives. */
public final class DevstackConfig {

    private static final Properties PROPS = load();

    private DevstackConfig() {
    }

    private static Properties load() {
        try (InputStream in = DevstackConfig.class.getResourceAsStream("/devstack.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path projectRoot() {
        String override = System.getProperty("motcua.root");
        return Path.of(override != null ? override : PROPS.getProperty("project.root")).toAbsolutePath().normalize();
    }

    public static Path keycloakHome() {
        Path p = Path.of(PROPS.getProperty("keycloak.home"));
        if (!Files.isExecutable(p.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + p + ": build the devstack module first (./mvnw -pl devstack package)");
        }
        return p;
    }

    /** The java launcher of the running JVM, so child processes use the same JDK (>= 21). */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
