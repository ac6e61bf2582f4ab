package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.devstack.KafkaBroker;
import vn.motcua.devstack.ManagedProcess;
import vn.motcua.devstack.Ports;
import vn.motcua.devstack.PostgresServer;
import vn.motcua.devstack.ServiceLauncher;
import vn.motcua.testsupport.TestTokens;

/**
 * What a benchmark runs on: a durable PostgreSQL ({@code fsync} and {@code synchronous_commit} on, as {@code ./motcua
 * run} and production), a real Kafka broker, and the packaged services it names. Tokens are signed by
 * {@link TestTokens} and checked by each service's real OIDC bearer check (no Keycloak: it would only add start-up
 * time). Benchmarks are run by {@code bench/*.sh}, never by the test suite.
 */
final class BenchStack implements AutoCloseable {

    final PostgresServer postgres;
    final KafkaBroker kafka;
    final Path dir;
    private final Map<String, String> urls = new LinkedHashMap<>();
    private final List<ManagedProcess> processes = new ArrayList<>();

    BenchStack() throws IOException {
        dir = Files.createTempDirectory("motcua-bench");
        postgres = PostgresServer.start(0, dir.resolve("postgres"), true);
        kafka = KafkaBroker.inProcess();
    }

    /** Starts (another instance of) a service; returns its base URL. */
    String start(String service, Map<String, String> extra) {
        String db = service.substring(0, service.indexOf('-'));
        postgres.ensureDatabase(db);
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(db));
        cfg.put("quarkus.datasource.username", PostgresServer.USER);
        cfg.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        cfg.put("quarkus.oidc.auth-server-url", "");
        cfg.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        cfg.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        cfg.put("motcua.storage.dir", dir.resolve("files").toString());
        cfg.put("quarkus.log.level", "WARN");
        cfg.putAll(extra);
        int port = Ports.free();
        ManagedProcess p = ServiceLauncher.start(service, port, cfg, dir.resolve(service + "-" + port + ".log"));
        processes.add(p);
        String url = "http://localhost:" + port;
        urls.putIfAbsent(service, url);
        return url;
    }

    String url(String service) {
        return urls.get(service);
    }

    Connection db(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), PostgresServer.USER, "");
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        kafka.close();
        postgres.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp directory: best effort
        }
    }

}
