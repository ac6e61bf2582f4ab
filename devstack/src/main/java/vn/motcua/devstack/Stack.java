package vn.motcua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.motcua.portalsim.SimulatedPortal;
import vn.motcua.portalsim.payment.SimulatedGateway;

/**
 * The whole product on one machine: PostgreSQL (one database per service), Kafka, Keycloak, the services and the
 * simulated national portal.
 * Used by {@code ./motcua run} (fixed ports, data kept) and by the end-to-end tests (free ports, throw-away data).
 */
public final class Stack implements AutoCloseable {

    public static final List<String> SERVICES = List.of("intake-service", "processing-service", "notification-service",
            "portal-sync-service", "dashboard-service");

    /**
     * @param portal  the simulated national portal (the one thing that cannot exist here: a real HTTP server in this
     *                process, which portal-sync-service reaches exactly as it would reach the real one)
     * @param gateway the simulated payment gateway, likewise, for processing-service's online payments
     */
    public record PortPlan(int postgres, int kafka, int keycloak, int intake, int processing, int notification,
                           int portalSync, int dashboard, int portal, int gateway) {
        /** The documented ports of {@code ./motcua run}. */
        public static PortPlan standard() {
            return new PortPlan(55432, 9092, 8180, 8081, 8082, 8083, 8084, 8085, 8190, 8191);
        }

        public static PortPlan free() {
            return new PortPlan(0, 0, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                    Ports.free(), Ports.free());
        }

        /** Free fixed ports for everything: with a data directory, Kafka runs as its own process (can be frozen). */
        public static PortPlan allFree() {
            return new PortPlan(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                    Ports.free(), Ports.free(), Ports.free());
        }

        int of(String service) {
            return switch (service) {
                case "intake-service" -> intake;
                case "processing-service" -> processing;
                case "notification-service" -> notification;
                case "portal-sync-service" -> portalSync;
                case "dashboard-service" -> dashboard;
                default -> throw new IllegalArgumentException(service);
            };
        }
    }

    private final PortPlan ports;
    private volatile PostgresServer postgres;
    private final Path postgresData;
    private final KafkaBroker kafka;
    private final List<AutoCloseable> started;
    private final Map<String, ManagedProcess> services;
    private final Map<String, ManagedProcess> replicas = new LinkedHashMap<>();

    private final Map<String, Map<String, String>> serviceConfig;
    private final Path logDir;

    private Stack(PortPlan ports, PostgresServer postgres, Path postgresData, KafkaBroker kafka, List<AutoCloseable> started,
                  Map<String, ManagedProcess> services, Map<String, Map<String, String>> serviceConfig, Path logDir) {
        this.ports = ports;
        this.postgres = postgres;
        this.postgresData = postgresData;
        this.kafka = kafka;
        this.started = started;
        this.services = new LinkedHashMap<>(services);
        this.serviceConfig = serviceConfig;
        this.logDir = logDir;
    }

    /**
     * @param dataDir where PostgreSQL and Kafka keep data between runs; null for throw-away data
     * @param logDir  where each process writes its log
     * @param extraServiceConfig extra system properties for every service (e.g. shorter sweep intervals in tests)
     */
    public static Stack start(PortPlan plan, Path dataDir, Path logDir, Map<String, String> extraServiceConfig) {
        for (int p : new int[] {plan.postgres, plan.kafka, plan.keycloak, plan.intake, plan.processing, plan.notification,
                plan.portalSync, plan.dashboard, plan.portal}) {
            if (p > 0) {
                Ports.requireFree(p, "devstack");
            }
        }
        long t0 = System.nanoTime();
        List<AutoCloseable> started = new ArrayList<>();
        // Keycloak takes longest: start it first and let the rest come up meanwhile.
        CompletableFuture<ManagedProcess> keycloak = CompletableFuture.supplyAsync(() -> {
            try {
                Path kcData = dataDir != null ? dataDir.resolve("keycloak") : Files.createTempDirectory("motcua-keycloak");
                return KeycloakServer.start(plan.keycloak, kcData, logDir.resolve("keycloak.log"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            PostgresServer pg = PostgresServer.start(plan.postgres, dataDir == null ? null : dataDir.resolve("postgres"));
            started.add(pg);
            log("PostgreSQL ready on port %d (%.1f s)", pg.port(), secs(t0));
            KafkaBroker kafka = plan.kafka > 0 && dataDir != null
                    ? KafkaBroker.process(plan.kafka, dataDir.resolve("kafka"), logDir.resolve("kafka.log"))
                    : KafkaBroker.inProcess();
            started.add(kafka);
            log("Kafka ready at %s (%.1f s)", kafka.bootstrapServers(), secs(t0));
            started.add(keycloak.join());
            log("Keycloak ready at http://localhost:%d (%.1f s)", plan.keycloak, secs(t0));
            SimulatedPortal portal = SimulatedPortal.start(plan.portal, SimulatedPortal.Options.demo());
            started.add(portal);
            log("simulated national portal at %s (%.1f s)", portal.url(), secs(t0));
            SimulatedGateway gateway = SimulatedGateway.start(plan.gateway, SimulatedGateway.Options.demo());
            started.add(gateway);
            log("simulated payment gateway at %s (%.1f s)", gateway.url(), secs(t0));
            Map<String, ManagedProcess> services = new LinkedHashMap<>();
            Map<String, Map<String, String>> serviceConfig = new LinkedHashMap<>();
            for (String service : SERVICES) {
                String db = service.substring(0, service.indexOf('-'));
                pg.ensureDatabase(db);
                Map<String, String> cfg = new LinkedHashMap<>();
                cfg.put("quarkus.datasource.jdbc.url", pg.jdbcUrl(db));
                cfg.put("quarkus.datasource.username", PostgresServer.USER);
                cfg.put("kafka.bootstrap.servers", kafka.bootstrapServers());
                cfg.put("quarkus.oidc.auth-server-url", KeycloakServer.issuer(plan.keycloak));
                // services run in their target/quarkus-app: paths must be absolute
                cfg.put("motcua.signature.trust-dir", DevstackConfig.projectRoot().resolve("deploy/trust").toString());
                cfg.put("motcua.storage.dir", (dataDir != null ? dataDir.resolve("files") : logDir.resolve("files"))
                        .toAbsolutePath().toString());
                if (service.equals("processing-service")) {
                    // the officer directory is read from this Keycloak with the realm's service account (demo secret)
                    cfg.put("motcua.officers.keycloak.url", "http://localhost:" + plan.keycloak);
                    cfg.put("motcua.officers.keycloak.client-secret", "directory-demo-secret-change-me");
                    // the simulated gateway (demo merchant and secret, as in both defaults) calls this processing back
                    String self = "http://localhost:" + plan.processing;
                    cfg.put("motcua.payment.gateway.url", gateway.url());
                    cfg.put("motcua.payment.callback-url", self + "/api/v1/payments/callback");
                    cfg.put("motcua.payment.return-url", self + "/payments/return");
                }
                if (service.equals("portal-sync-service")) {
                    cfg.put("motcua.portal.url", portal.url()); // demo account: the simulator's, in both defaults
                }
                cfg.putAll(extraServiceConfig);
                serviceConfig.put(service, Map.copyOf(cfg));
                // launched side by side (their boot is mostly waiting on the database and the broker), awaited below
                ManagedProcess p = ServiceLauncher.launch(service, plan.of(service), cfg, logDir.resolve(service + ".log"));
                started.add(p);
                services.put(service, p);
            }
            for (Map.Entry<String, ManagedProcess> s : services.entrySet()) {
                ServiceLauncher.awaitReady(s.getValue(), plan.of(s.getKey()));
                log("%s ready at http://localhost:%d (%.1f s)", s.getKey(), plan.of(s.getKey()), secs(t0));
            }
            return new Stack(plan, pg, dataDir == null ? null : dataDir.resolve("postgres"), kafka, started, services, serviceConfig, logDir);
        } catch (RuntimeException e) {
            // a Keycloak still starting must not outlive a failed stack
            try {
                ManagedProcess kc = keycloak.join();
                if (!started.contains(kc)) {
                    kc.close();
                }
            } catch (CompletionException ignored) {
                // it failed too
            }
            closeAll(started);
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    public String serviceUrl(String service) {
        return "http://localhost:" + ports.of(service);
    }

    /** The simulated national portal's base URL. */
    public String portalUrl() {
        return "http://localhost:" + ports.portal;
    }

    /** The simulated payment gateway's base URL. */
    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway;
    }

    public String keycloakUrl() {
        return "http://localhost:" + ports.keycloak;
    }

    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /**
     * Starts one more instance of a service with the same database, Kafka and Keycloak (replicas share work through
     * the database and Kafka consumer groups); stopped with the stack.
     *
     * @return the replica's base URL
     */
    public synchronized String startReplica(String service) {
        int port = Ports.free();
        ManagedProcess p = ServiceLauncher.start(service, port, serviceConfig.get(service),
                logDir.resolve(service + "-replica-" + port + ".log"));
        started.add(p);
        String url = "http://localhost:" + port;
        replicas.put(url, p);
        return url;
    }

    // ---- faults, for the fault drill (bench/faults.sh): only on a stack started with a data directory ----

    /** Stops PostgreSQL (a fast shutdown, as an operator or a crashed host would), keeping its data. */
    public synchronized void stopPostgres() {
        requireData();
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    public synchronized void startPostgres() {
        requireData();
        PostgresServer old = postgres;
        postgres = PostgresServer.start(old.port(), postgresData);
        started.set(started.indexOf(old), postgres); // the stack stops the running one
    }

    /** The broker's process id, to freeze it (SIGSTOP) and thaw it (SIGCONT); -1 for an in-process broker. */
    public long kafkaPid() {
        return kafka.pid();
    }

    /** Kills a service with SIGKILL (no shutdown hook runs) and waits until it is gone. */
    public synchronized void kill(String service) {
        ManagedProcess p = services.get(service);
        ProcessHandle.of(p.pid()).ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().join();
        });
    }

    /** Starts a killed service again on its port with its configuration; waits until it is ready. */
    public synchronized void restart(String service) {
        ManagedProcess p = ServiceLauncher.start(service, ports.of(service), serviceConfig.get(service),
                logDir.resolve(service + "-restarted.log"));
        started.add(p);
        services.put(service, p);
    }

    private void requireData() {
        if (postgresData == null) {
            throw new IllegalStateException("PostgreSQL of a stack without a data directory cannot be restarted");
        }
    }

    public Map<String, ManagedProcess> services() {
        return Collections.unmodifiableMap(services);
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> started) {
        List<AutoCloseable> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        for (AutoCloseable c : reversed) {
            try {
                c.close();
            } catch (Exception e) {
                log("while stopping: %s", e.getMessage());
            }
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void log(String fmt, Object... args) {
        System.out.printf("[devstack] " + fmt + "%n", args);
    }
}
