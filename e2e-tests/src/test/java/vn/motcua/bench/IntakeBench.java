package vn.motcua.bench;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.signature.testing.TestPki;
import vn.motcua.testsupport.TestTokens;

/**
 * intake-service's reception rate at 8 concurrent clients (each dossier: two PDF uploads, then the submission), with
 * intake alone and with the whole pipeline consuming behind it, and the same PostgreSQL's pgbench figure for one
 * dossier row + one outbox row per transaction, so the ratio can be read. Run with {@code bench/intake.sh}.
 */
class IntakeBench {

    static final int CLIENTS = 8;
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);

    static final String BODY = """
            {"procedureCode":"1.004227.000.00.00.H56","components":[{"code":"DON","uploadId":"%s"},{"code":"DSNS","uploadId":"%s"}],
             "applicant":{"type":"INDIVIDUAL","fullName":"Nguyễn Văn An","citizenId":"001090012345","dateOfBirth":"1990-05-17",
               "phone":"0912345678","email":"an@example.vn","address":"12 Lê Lợi, Phủ Lý, Hà Nam"}}""";

    /** Runs the clients for {@code seconds}; returns dossiers accepted. */
    static long load(String intake, int seconds, AtomicLong errors) throws Exception {
        String bearer = TestTokens.bearer("citizen1", null, "citizen");
        byte[] pdf = TestPki.pdf("Don dang ky");
        AtomicLong accepted = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        String a = upload(intake, bearer, pdf);
                        String b = upload(intake, bearer, pdf);
                        int status = given().header("Authorization", bearer).contentType(ContentType.JSON)
                                .body(BODY.formatted(a, b)).post(intake + "/api/v1/dossiers").statusCode();
                        if (status == 201) {
                            accepted.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return accepted.get();
    }

    static String upload(String intake, String bearer, byte[] pdf) {
        return given().header("Authorization", bearer).contentType("application/pdf").header("X-File-Name", "d.pdf")
                .body(pdf).post(intake + "/api/v1/uploads").then().statusCode(201).extract().path("id");
    }

    static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void receptionRate() throws Exception {
        StringBuilder out = new StringBuilder();
        try (BenchStack alone = new BenchStack()) {
            String intake = alone.start("intake-service", Map.of());
            load(intake, 5, new AtomicLong()); // warm-up
            AtomicLong errors = new AtomicLong();
            long n = load(intake, SECONDS, errors);
            out.append(String.format("intake alone     %,d dossiers in %d s = %.0f dossiers/s at %d clients (%d errors)%n",
                    n, SECONDS, n / (double) SECONDS, CLIENTS, errors.get()));
        }
        try (BenchStack whole = new BenchStack()) {
            String intake = whole.start("intake-service", Map.of());
            whole.start("processing-service", Map.of("motcua.deadline.sweep-interval", "1h"));
            whole.start("notification-service", Map.of("motcua.delivery.interval", "1h"));
            load(intake, 5, new AtomicLong());
            AtomicLong errors = new AtomicLong();
            long n = load(intake, SECONDS, errors);
            out.append(String.format("whole pipeline   %,d dossiers in %d s = %.0f dossiers/s at %d clients (%d errors)%n",
                    n, SECONDS, n / (double) SECONDS, CLIENTS, errors.get()));
            try (Connection in = whole.db("intake"); Connection pr = whole.db("processing"); Connection no = whole.db("notification")) {
                long dossiers = count(in, "SELECT count(*) FROM dossier");
                long t0 = System.nanoTime();
                while (count(pr, "SELECT count(*) FROM dossier_case") < dossiers
                        || count(no, "SELECT count(*) FROM letter WHERE kind = 'RECEIPT'") < dossiers) {
                    if (System.nanoTime() - t0 > 600e9) {
                        break;
                    }
                    Thread.sleep(200);
                }
                out.append(String.format("catch-up         %,d dossiers: cases %,d, receipt letters %,d, %.1f s after the load stopped%n",
                        dossiers, count(pr, "SELECT count(*) FROM dossier_case"),
                        count(no, "SELECT count(*) FROM letter WHERE kind = 'RECEIPT'"), (System.nanoTime() - t0) / 1e9));
            }
            out.append(pgbench(whole));
        }
        Results.report("intake", out.toString());
    }

    /** pgbench (the machine's) against the same server: one dossier-sized row and one outbox row per transaction. */
    static String pgbench(BenchStack stack) throws Exception {
        stack.postgres.ensureDatabase("pgbench");
        try (Connection c = stack.db("pgbench"); Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE IF NOT EXISTS dossier (id UUID PRIMARY KEY, code VARCHAR(40) NOT NULL UNIQUE,
                      procedure_code VARCHAR(32), procedure_version INT, agency_code VARCHAR(32), channel VARCHAR(20),
                      applicant_type VARCHAR(20), applicant_name VARCHAR(300), applicant_citizen_id VARCHAR(12),
                      applicant_phone VARCHAR(20), applicant_email VARCHAR(200), applicant_address VARCHAR(500),
                      submitted_by VARCHAR(100), received_at TIMESTAMPTZ, counting_starts_at TIMESTAMPTZ,
                      appointment_at TIMESTAMPTZ, status VARCHAR(20), idempotency_key VARCHAR(200));
                    CREATE INDEX IF NOT EXISTS dossier_citizen ON dossier (applicant_citizen_id);
                    CREATE TABLE IF NOT EXISTS outbox_event (id UUID PRIMARY KEY, topic VARCHAR(200), message_key VARCHAR(200),
                      event_type VARCHAR(200), payload TEXT, created_at TIMESTAMPTZ, published_at TIMESTAMPTZ,
                      seq BIGINT GENERATED ALWAYS AS IDENTITY);
                    CREATE INDEX IF NOT EXISTS outbox_unpublished ON outbox_event (seq) WHERE published_at IS NULL;""");
        }
        Path script = Files.createTempFile("dossier", ".sql");
        Files.writeString(script, """
                BEGIN;
                INSERT INTO dossier VALUES (gen_random_uuid(), md5(random()::text), '1.004227.000.00.00.H56', 1, 'SKHCN', 'ONLINE',
                  'INDIVIDUAL', 'Nguyễn Văn An', '001090012345', '0912345678', 'an@example.vn', '12 Lê Lợi, Phủ Lý, Hà Nam',
                  'citizen1', now(), now(), now(), 'RECEIVED', NULL);
                INSERT INTO outbox_event (id, topic, message_key, event_type, payload, created_at)
                  VALUES (gen_random_uuid(), 'motcua.intake.dossier-events', md5(random()::text), 'accepted', repeat('x', 2500), now());
                END;
                """);
        String bin = System.getenv().getOrDefault("PGBENCH", "pgbench");
        Process p = new ProcessBuilder(bin, "-n", "-c", Integer.toString(CLIENTS), "-j", "2", "-T", "20", "-f", script.toString(),
                "-h", "localhost", "-p", Integer.toString(stack.postgres.port()), "-U", "postgres", "pgbench")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        return m.find()
                ? String.format("pgbench          %s transactions/s (1 dossier + 1 outbox row each, %d clients, synchronous_commit=on)%n",
                        m.group(1), CLIENTS)
                : "pgbench          not run: " + output.lines().reduce("", (a, b) -> b) + "\n";
    }
}
