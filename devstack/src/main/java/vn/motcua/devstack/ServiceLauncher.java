package vn.motcua.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) as its own JVM. */
public final class ServiceLauncher {

    private ServiceLauncher() {
    }

    /** Starts the service and waits until it is ready. */
    public static ManagedProcess start(String module, int port, Map<String, String> config, Path logFile) {
        return awaitReady(launch(module, port, config, logFile), port);
    }

    /** Waits until a launched service answers its readiness check (failing early if it exits). */
    public static ManagedProcess awaitReady(ManagedProcess p, int port) {
        return p.awaitReady("http://localhost:" + port + "/q/health/ready", Duration.ofMinutes(2));
    }

    /** Starts the service's JVM without waiting: several can boot side by side, then be awaited one by one. */
    public static ManagedProcess launch(String module, int port, Map<String, String> config, Path logFile) {
        Path jar = DevstackConfig.projectRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        List<String> cmd = new ArrayList<>(List.of(DevstackConfig.javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port));
        // extra JVM options for every service (a profiler, a bigger heap): MOTCUA_SERVICE_JVM_OPTS="-XX:StartFlightRecording=..."
        String extra = System.getenv("MOTCUA_SERVICE_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        config.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(jar.toString());
        return ManagedProcess.start(module, cmd, Map.of(), jar.getParent(), logFile);
    }
}
