package vn.motcua.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Apache Kafka broker in KRaft mode (combined controller + broker), in this JVM, from Kafka's own test kit.
 * Either inside this JVM on a free port (tests) or as its own JVM on a fixed port with data kept (run command).
 */
public final class KafkaBroker implements AutoCloseable {

    /** Kafka logs every client and server config at INFO; keep the test and run output readable. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream
            .of("org.apache.kafka", "kafka", "state.change.logger", "org.apache.zookeeper")
            .map(java.util.logging.Logger::getLogger).toList();

    static {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));
    }

    private final AutoCloseable server;
    private final String bootstrap;

    private KafkaBroker(AutoCloseable server, String bootstrap) {
        this.server = server;
        this.bootstrap = bootstrap;
    }

    /** A throw-away broker inside this JVM on a free port (tests): Kafka's own KRaft test kit, ~2 s. */
    public static KafkaBroker inProcess() {
        // The broker shares the test JVM: at exit, Kafka's temp-directory hook can delete its log dirs while our hook
        // is still closing it, and a broker that loses its log dirs halts the whole JVM with status 1 — failing a run
        // whose tests all passed. In this JVM a broker may report that, not end the process.
        org.apache.kafka.common.utils.Exit.Procedure report = (status, message) ->
                System.err.println("in-process Kafka asked to end the JVM (" + status + "): " + message);
        org.apache.kafka.common.utils.Exit.setHaltProcedure(report);
        org.apache.kafka.common.utils.Exit.setExitProcedure(report);
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            KafkaClusterTestKit.Builder b = new KafkaClusterTestKit.Builder(nodes);
            SERVER_DEFAULTS.forEach(b::setConfigProp);
            KafkaClusterTestKit cluster = b.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            waitUntilUsable(bootstrap);
            return new KafkaBroker(cluster, bootstrap);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start: " + e.getMessage(), e);
        }
    }

    /**
     * A broker as its own JVM ({@code kafka.Kafka}, KRaft combined mode) on a fixed port with its log kept in
     * {@code dataDir} between runs ({@code ./motcua run}). Needs the Kafka jars on this JVM's class path.
     */
    public static KafkaBroker process(int port, Path dataDir, Path logFile) {
        try {
            Files.createDirectories(dataDir);
            int controllerPort = Ports.free();
            Properties p = new Properties();
            p.putAll(SERVER_DEFAULTS);
            p.put("process.roles", "broker,controller");
            p.put("node.id", "1");
            p.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
            p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
            p.put("controller.listener.names", "CONTROLLER");
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("log.dirs", dataDir.resolve("log").toString());
            Path props = dataDir.resolve("server.properties");
            try (var w = Files.newBufferedWriter(props)) {
                p.store(w, "written by devstack on every start");
            }
            // absolute entries: the broker runs in its data directory
            String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .map(e -> e.endsWith("*") ? Path.of(e.substring(0, e.length() - 1)).toAbsolutePath() + "/*"
                            : Path.of(e).toAbsolutePath().toString())
                    .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
            String javaBin = DevstackConfig.javaExecutable();
            String log4j = "-Dlog4j2.level=WARN";
            if (!Files.exists(dataDir.resolve("log/meta.properties"))) {
                Process format = new ProcessBuilder(javaBin, log4j, "-cp", cp, "kafka.tools.StorageTool", "format",
                        "-t", CLUSTER_ID, "-c", props.toString(), "--standalone")
                        .redirectErrorStream(true).redirectOutput(logFile.resolveSibling("kafka-format.log").toFile()).start();
                if (format.waitFor() != 0) {
                    throw new IllegalStateException("kafka storage format failed: see " + logFile.resolveSibling("kafka-format.log"));
                }
            }
            ManagedProcess broker = ManagedProcess.start("kafka",
                    java.util.List.of(javaBin, "-Xmx512m", log4j, "-cp", cp, "kafka.Kafka", props.toString()),
                    java.util.Map.of(), dataDir, logFile);
            String bootstrap = "localhost:" + port;
            try {
                waitUntilUsable(bootstrap);
            } catch (Exception e) {
                broker.close();
                throw new IllegalStateException("Kafka did not become ready; see " + logFile + "\n" + broker.tail(), e);
            }
            return new KafkaBroker(broker, bootstrap);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final String CLUSTER_ID = "bW90Y3VhLWRldnN0YWNrAA";

    private static final Map<String, String> SERVER_DEFAULTS = Map.of(
            "auto.create.topics.enable", "true",
            "num.partitions", "3",
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "group.initial.rebalance.delay.ms", "0",
            "share.coordinator.state.topic.replication.factor", "1");

    private static void waitUntilUsable(String bootstrap) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
    }

    /** The broker's process id when it runs as its own JVM; -1 inside this JVM. */
    public long pid() {
        return server instanceof ManagedProcess p ? p.pid() : -1;
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not stop cleanly", e);
        }
    }
}
