package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.PostgresServer;
import vn.motcua.devstack.Stack;
import vn.motcua.signature.testing.TestPki;

/**
 * The fault drill ({@code bench/faults.sh}, never part of the suite): the packaged product with real Keycloak, Kafka
 * as its own process, a durable PostgreSQL and two processing replicas, under a steady load of online submissions,
 * survives one fault at a time with no manual step — the broker frozen (SIGSTOP) for 90 s, PostgreSQL stopped for
 * 120 s and started again, each service killed with SIGKILL and started again. After each it waits for the pipeline
 * to settle and counts, per dossier code, from the tables and from the topics: every accepted dossier has exactly one
 * case, one receipt letter and one receipt message per channel; no event lost or doubled; health back UP.
 */
class FaultDrill {

    static final int FREEZE_BROKER_S = Integer.getInteger("drill.broker-seconds", 90);
    static final int STOP_DATABASE_S = Integer.getInteger("drill.database-seconds", 120);
    static final int CLIENTS = 4;

    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    final AtomicLong refused = new AtomicLong();
    /** Why submissions were refused since the last phase: an HTTP status or the exception's class. */
    final Map<String, AtomicLong> refusals = new java.util.concurrent.ConcurrentSkipListMap<>();
    final java.util.concurrent.atomic.AtomicInteger clientsRunning = new java.util.concurrent.atomic.AtomicInteger();
    final AtomicBoolean loading = new AtomicBoolean(true);
    Stack stack;
    Tokens tokens;
    String replica;
    volatile String citizen;

    @Test
    void drill() throws Exception {
        Path root = Files.createTempDirectory("motcua-drill");
        stack = Stack.start(Stack.PortPlan.allFree(), root.resolve("data"), Path.of("target/drill-logs"), Map.of(
                "motcua.outbox.interval", "0.5s", "motcua.delivery.interval", "1s"));
        try {
            replica = stack.startReplica("processing-service");
            tokens = new Tokens(stack.keycloakUrl());
            citizen = tokens.of("citizen1");
            List<Thread> load = startLoad();
            List<String> table = new ArrayList<>();
            table.add(String.format("%-34s %7s %5s %8s %6s %8s %8s %8s %9s %9s %9s %8s %7s %8s", "fault", "201s", "lost",
                    "dossiers", "cases", "missing", "doubled", "letters", "messages", "accepted", "opened", "re-sent", "health", "settled"));
            table.add(String.format("%-34s %7s %5s %8s %6s %8s %8s %8s %9s %9s %9s %8s %7s %8s", "", "(client)", "201s",
                    "(intake)", "", "cases", "effects", "(form01)", "(3 each)", "events", "events", "records", "", "in"));

            table.add(phase("none (baseline, 20 s)", () -> sleep(20)));
            table.add(phase("broker frozen " + FREEZE_BROKER_S + " s (SIGSTOP)", () -> {
                signal("STOP", stack.kafkaPid());
                sleep(FREEZE_BROKER_S);
                signal("CONT", stack.kafkaPid());
            }));
            table.add(phase("PostgreSQL stopped " + STOP_DATABASE_S + " s", () -> {
                stack.stopPostgres();
                sleep(STOP_DATABASE_S);
                stack.startPostgres();
            }));
            for (String service : Stack.SERVICES) {
                table.add(phase(service + " SIGKILL + restart", () -> {
                    stack.kill(service);
                    sleep(3);
                    stack.restart(service);
                    sleep(20); // the load goes on against the restarted service before the counts
                }));
            }
            loading.set(false);
            for (Thread t : load) {
                t.join();
            }
            table.add(phase("after the load stopped", () -> { }));
            String report = String.join("\n", table) + String.format("%n%,d submissions refused while a fault lasted "
                    + "(the client sees a problem response or no answer, nothing is stored)", refused.get());
            vn.motcua.bench.Results.report("faults", report);
            assertThat(report).doesNotContain("FAIL");
        } finally {
            stack.close();
        }
    }

    interface Fault {
        void inject() throws Exception;
    }

    String phase(String name, Fault fault) throws Exception {
        fault.inject();
        long t0 = System.nanoTime();
        Counts c = Counts.take(this);
        while (!c.settled() && System.nanoTime() - t0 < Duration.ofMinutes(10).toNanos()) {
            sleep(3);
            c = Counts.take(this);
        }
        boolean healthy = healthy();
        double secs = (System.nanoTime() - t0) / 1e9;
        String row = String.format("%-34s %7d %5d %8d %6d %8d %8d %8d %9d %9d %9d %8d %7s %7.0fs", name, c.answered201,
                c.lost201, c.accepted, c.cases,
                c.missing, c.doubled, c.letters, c.messages, c.acceptedEvents, c.openedEvents, c.resent,
                healthy ? "UP" : "DOWN", secs);
        System.out.println("[drill] " + row);
        System.out.println("[drill]   clients running " + clientsRunning.get() + ", refusals since the last phase " + refusals);
        refusals.clear();
        return c.settled() && healthy ? row : row + "  FAIL";
    }

    boolean healthy() {
        List<String> urls = new ArrayList<>();
        Stack.SERVICES.forEach(s -> urls.add(stack.serviceUrl(s)));
        urls.add(replica);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (urls.stream().allMatch(u -> {
                try {
                    return given().get(u + "/q/health/ready").statusCode() == 200;
                } catch (RuntimeException e) {
                    return false;
                }
            })) {
                return true;
            }
            sleep(2);
        }
        return false;
    }

    /** What the tables and topics say, per dossier code, about the dossiers the load generator saw accepted. */
    record Counts(int answered201, int lost201, int accepted, int cases, int missing, int doubled, int letters, int messages, int acceptedEvents,
                  int openedEvents, int resent, boolean lostOrDoubledEvent) {

        boolean settled() {
            return lost201 == 0 && missing == 0 && doubled == 0 && letters == accepted && messages == 3 * accepted
                    && acceptedEvents == accepted && openedEvents == accepted && !lostOrDoubledEvent;
        }

        static Counts take(FaultDrill d) throws Exception {
            // the source of truth is intake's table (a dossier committed just before a kill may have lost its 201);
            // every code a client got 201 for must be there
            Set<String> answered = Set.copyOf(d.accepted);
            Set<String> stored = group(d.stack.jdbcUrl("intake"), "SELECT code, 1 FROM dossier").keySet();
            int lost = (int) answered.stream().filter(code -> !stored.contains(code)).count();
            // while the load goes on, the dossiers received up to 20 s ago (the pipeline works behind the load)
            Set<String> codes = new java.util.HashSet<>(group(d.stack.jdbcUrl("intake"), d.loading.get()
                    ? "SELECT code, 1 FROM dossier WHERE received_at < now() - interval '20 seconds'"
                    : "SELECT code, 1 FROM dossier").keySet());
            if (codes.isEmpty() && !answered.isEmpty()) {
                lost = 0; // the database is still coming back: nothing read
                codes.addAll(answered);
            }
            Map<String, Integer> cases = group(d.stack.jdbcUrl("processing"), "SELECT dossier_code, count(*) FROM dossier_case GROUP BY 1");
            Map<String, Integer> letters = group(d.stack.jdbcUrl("notification"),
                    "SELECT dossier_code, count(*) FROM letter WHERE kind = 'RECEIPT' GROUP BY 1");
            Map<String, Integer> messages = group(d.stack.jdbcUrl("notification"),
                    "SELECT dossier_code, count(DISTINCT channel) * 1000 + count(*) FROM notification WHERE kind = 'RECEIPT' GROUP BY 1");
            Map<String, Set<String>> acceptedIds = new HashMap<>();
            Map<String, Set<String>> openedIds = new HashMap<>();
            int resent = events(d.stack.kafkaBootstrap(), "motcua.intake.dossier-events", "vn.motcua.intake.dossier.accepted.v1", acceptedIds)
                    + events(d.stack.kafkaBootstrap(), "motcua.processing.case-events", "vn.motcua.processing.case.opened.v1", openedIds);
            int missing = 0, doubled = 0, nLetters = 0, nMessages = 0, nAccepted = 0, nOpened = 0;
            boolean bad = false;
            for (String code : codes) {
                int n = cases.getOrDefault(code, 0);
                missing += n == 0 ? 1 : 0;
                doubled += n > 1 ? 1 : 0;
                int l = letters.getOrDefault(code, 0);
                nLetters += Math.min(l, 1);
                doubled += l > 1 ? 1 : 0;
                int m = messages.getOrDefault(code, 0);
                nMessages += m % 1000 <= 3 ? m % 1000 : 0;
                doubled += m % 1000 > m / 1000 ? 1 : 0; // two messages on one channel
                int a = acceptedIds.getOrDefault(code, Set.of()).size();
                int o = openedIds.getOrDefault(code, Set.of()).size();
                nAccepted += Math.min(a, 1);
                nOpened += Math.min(o, 1);
                bad |= a > 1 || o > 1;
            }
            return new Counts((int) answered.stream().filter(codes::contains).count(), lost, codes.size(), (int) codes.stream().filter(cases::containsKey).count(), missing, doubled,
                    nLetters, nMessages, nAccepted, nOpened, resent, bad);
        }
    }

    static Map<String, Integer> group(String jdbcUrl, String sql) {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        } catch (java.sql.SQLException e) {
            // the database is still coming back: nothing settled yet
        }
        return out;
    }

    /** Distinct event ids of a type per dossier code, from the whole topic; returns how many records were re-sends. */
    static int events(String bootstrap, String topic, String type, Map<String, Set<String>> ids) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        int records = 0;
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            // every partition from its start, without a consumer group (nothing to join, nothing committed)
            var partitions = c.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = c.endOffsets(partitions, Duration.ofSeconds(20));
            int empty = 0;
            while (empty < 4 && partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                var batch = c.poll(Duration.ofMillis(500));
                if (batch.isEmpty()) {
                    empty++;
                    continue;
                }
                empty = 0;
                for (ConsumerRecord<String, String> r : batch) {
                    var typeHeader = r.headers().lastHeader("ce_type");
                    var idHeader = r.headers().lastHeader("ce_id");
                    if (typeHeader != null && idHeader != null && type.equals(new String(typeHeader.value()))) {
                        records++;
                        ids.computeIfAbsent(r.key(), k -> new java.util.HashSet<>()).add(new String(idHeader.value()));
                    }
                }
            }
        } catch (RuntimeException e) {
            return 0;
        }
        return records - ids.values().stream().mapToInt(Set::size).sum();
    }

    /** A client gives up on a request after 15 s, as a browser would (a killed server may leave a socket hanging). */
    static final io.restassured.config.RestAssuredConfig TIMEOUTS = io.restassured.config.RestAssuredConfig.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5000).setParam("http.socket.timeout", 15000));

    List<Thread> startLoad() {
        String intake = stack.serviceUrl("intake-service");
        byte[] pdf = TestPki.pdf("Don dang ky");
        Thread refresher = new Thread(() -> {
            while (loading.get()) {
                sleep(60);
                try {
                    citizen = tokens.of("citizen1");
                } catch (RuntimeException | AssertionError e) {
                    // Keycloak is not part of the drill; keep the old token
                }
            }
        });
        refresher.setDaemon(true);
        refresher.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread t = new Thread(() -> {
                clientsRunning.incrementAndGet();
                try {
                    runClient(intake, pdf);
                } catch (Throwable e) {
                    refusals.computeIfAbsent("client died: " + e, k -> new AtomicLong()).incrementAndGet();
                } finally {
                    clientsRunning.decrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        return threads;
    }

    /** One client: upload two files, submit, again, until the drill ends; every failure counted by its reason. */
    private void runClient(String intake, byte[] pdf) {
        while (loading.get()) {
            try {
                String token = citizen;
                String a = upload(intake, token, pdf);
                String b = upload(intake, token, pdf);
                var r = given().config(TIMEOUTS).auth().oauth2(token).contentType(ContentType.JSON)
                        .body("""
                                {"procedureCode":"1.004227.000.00.00.H56","components":[{"code":"DON","uploadId":"%s"},
                                 {"code":"DSNS","uploadId":"%s"}],"applicant":{"type":"INDIVIDUAL","fullName":"Nguyễn Văn An",
                                 "citizenId":"001090012345","dateOfBirth":"1990-05-17","phone":"0912345678",
                                 "email":"an@example.vn","address":"12 Lê Lợi, Phủ Lý, Hà Nam"}}""".formatted(a, b))
                        .post(intake + "/api/v1/dossiers");
                if (r.statusCode() == 201) {
                    accepted.add(r.path("code"));
                } else {
                    refused.incrementAndGet();
                    refusals.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    sleep(1);
                }
                sleep(0.2);
            } catch (Exception | AssertionError e) {
                // RestAssured rethrows a reset connection (a killed server) as an undeclared IOException
                refused.incrementAndGet();
                refusals.computeIfAbsent(e instanceof IllegalStateException ? e.getMessage() : e.getClass().getSimpleName(),
                        k -> new AtomicLong()).incrementAndGet();
                sleep(1);
            }
        }
    }

    static String upload(String intake, String token, byte[] pdf) {
        var r = given().config(TIMEOUTS).auth().oauth2(token).contentType("application/pdf").header("X-File-Name", "d.pdf").body(pdf)
                .post(intake + "/api/v1/uploads");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("upload " + r.statusCode());
        }
        return r.path("id");
    }

    static void signal(String sig, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).inheritIO().start().waitFor();
    }

    static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
