package vn.motcua.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** {@code ./motcua run [--reset]}: the whole product on the documented ports until Ctrl-C or {@code ./motcua stop}. */
public final class RunStack {

    private RunStack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = DevstackConfig.projectRoot();
        Path dataDir = root.resolve(".devstack/data");
        Path logDir = root.resolve(".devstack/logs");
        Path pidFile = root.resolve(".devstack/stack.pid");
        if (java.util.Arrays.asList(args).contains("--reset")) {
            deleteTree(dataDir);
            System.out.println("[devstack] local data wiped (" + dataDir + ")");
        }
        long t0 = System.nanoTime();
        Stack stack = Stack.start(Stack.PortPlan.standard(), dataDir, logDir, Map.of());
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\n[devstack] stopping…");
            stack.close();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // best effort
            }
            System.out.println("[devstack] stopped.");
            stopped.countDown();
        }));
        System.out.printf("""

                Một Cửa is up in %.1f s. Logs: %s
                  intake-service        http://localhost:8081   (Swagger UI: /q/swagger-ui)
                  processing-service    http://localhost:8082
                  notification-service  http://localhost:8083
                  portal-sync-service   http://localhost:8084   (sync status, parked changes, reconciliation)
                  dashboard-service     http://localhost:8085   the provincial dashboard (web page: log in as leader1 or province1)
                  national portal (simulated) http://localhost:8190   dossiers arriving there, refreshed every 5 s
                  payment gateway (simulated) http://localhost:8191   where citizens pay fees online (no real money)
                  Keycloak              http://localhost:8180   realm motcua (admin console: admin / admin, demo only)
                  Kafka                 localhost:9092
                  PostgreSQL            localhost:55432         user postgres, databases intake / processing / notification / portal / dashboard
                Demo users (password = user name, DEMO ONLY): citizen1 citizen2 postal1 counter1 specialist1 leader1 partner1 admin1 province1
                Token: curl -s -d grant_type=password -d client_id=motcua-web -d username=citizen1 -d password=citizen1 \\
                         http://localhost:8180/realms/motcua/protocol/openid-connect/token
                Stop with Ctrl-C or ./motcua stop.
                %n""", (System.nanoTime() - t0) / 1e9, logDir);
        stopped.await();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
