package vn.motcua.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.motcua.devstack.KafkaBroker;
import vn.motcua.devstack.PostgresServer;

/**
 * Real PostgreSQL (embedded binaries) and a real Kafka broker (KRaft, in this JVM) for a service's
 * {@code @QuarkusTest}s. Started once per test JVM and shared by every test class using it.
 *
 * <p>Use: {@code @QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false)} once.
 * The {@code database} init arg names the service's database.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = PostgresServer.start(0, null);
            kafka = KafkaBroker.inProcess();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                postgres.close();
            }));
        }
        postgres.ensureDatabase(database);
        return Map.of(
                // the real OIDC bearer-token check, against a key pair made for this test JVM instead of Keycloak
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "", // empty = unset: verify with the public key, no discovery
                "quarkus.oidc.public-key", TestTokens.publicKeyBase64(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    public static String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    public static String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public void stop() {
        // kept for the whole JVM: other test classes reuse the servers; the shutdown hook stops them
    }
}
