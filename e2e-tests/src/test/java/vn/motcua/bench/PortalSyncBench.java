package vn.motcua.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.portalsim.SimulatedPortal;

/**
 * The sync to the national portal of a packaged portal-sync-service against the simulated portal (a real HTTP server
 * in this JVM) on a durable PostgreSQL: (1) steady — dossiers of three agencies walked through seven changes each at
 * {@code bench.rate} changes/s, with {@code bench.replicas} instances of the service (2); the lag from each change (its event time) to the portal's acknowledgement, p50/p99;
 * (2) backlog — the portal down while {@code bench.backlog} dossiers' changes arrive, then up: the drain rate in
 * changes/s, order and once-only checked at the portal for every dossier. Run with {@code bench/portal-sync.sh}.
 */
class PortalSyncBench {

    static final int RATE = Integer.getInteger("bench.rate", 20);
    static final int STEADY_DOSSIERS = Integer.getInteger("bench.dossiers", 300);
    static final int REPLICAS = Integer.getInteger("bench.replicas", 2);
    static final int PARALLEL = Integer.getInteger("bench.parallel", 8);
    static final int BACKLOG_DOSSIERS = Integer.getInteger("bench.backlog", 3_000);

    @Test
    void steadyLagAndBacklogDrain() throws Exception {
        try (BenchStack stack = new BenchStack();
             SimulatedPortal portal = SimulatedPortal.start(0, SimulatedPortal.Options.demo());
             KafkaProducer<String, String> producer = producer(stack)) {
            for (int i = 0; i < REPLICAS; i++) {
                stack.start("portal-sync-service", Map.of("motcua.portal.url", portal.url(),
                        "motcua.portal-sync.parallel-calls", Integer.toString(PARALLEL)));
            }
            StringBuilder out = new StringBuilder();

            // (1) steady: changes offered at RATE/s, each dossier's in its order, dossiers interleaved
            List<List<PortalJourneys.Rec>> dossiers = new ArrayList<>();
            for (int i = 0; i < STEADY_DOSSIERS; i++) {
                dossiers.add(PortalJourneys.journey("S" + i, PortalJourneys.AGENCIES[i % 3]));
            }
            long t0 = System.nanoTime();
            int sent = 0;
            int total = STEADY_DOSSIERS * 7;
            for (int step = 0; step < 7; step++) {
                for (List<PortalJourneys.Rec> d : dossiers) {
                    PortalJourneys.Rec r = d.get(step);
                    producer.send(new ProducerRecord<>(r.topic(), r.key(), PortalJourneys.withNow(r.value())));
                    sent++;
                    long due = t0 + sent * 1_000_000_000L / RATE;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
            }
            producer.flush();
            double offerSeconds = (System.nanoTime() - t0) / 1e9;
            awaitAcked(stack, total, Duration.ofMinutes(10));
            try (Connection c = stack.db("portal"); ResultSet rs = c.createStatement().executeQuery("""
                    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM acked_at - occurred_at)),
                           percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM acked_at - occurred_at)),
                           max(EXTRACT(EPOCH FROM acked_at - occurred_at)), count(*)
                    FROM portal_change WHERE state = 'ACKED' AND kind = 'STATUS'""")) {
                rs.next();
                out.append(String.format("steady (%d replicas): %d dossiers x 7 changes offered at %d/s over %.1f s; lag change -> portal ack "
                                + "(status changes, n=%d): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", REPLICAS, STEADY_DOSSIERS, RATE,
                        offerSeconds, rs.getLong(4), rs.getDouble(1) * 1000, rs.getDouble(2) * 1000, rs.getDouble(3) * 1000));
            }
            try (Connection c = stack.db("portal"); ResultSet rs = c.createStatement().executeQuery("""
                    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM enqueued_at - occurred_at)),
                           percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM enqueued_at - occurred_at)),
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM acked_at - enqueued_at)),
                           percentile_cont(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM acked_at - enqueued_at))
                    FROM portal_change WHERE state = 'ACKED' AND kind = 'STATUS'""")) {
                rs.next();
                out.append(String.format("  of which event -> recorded p50 %.0f ms, p99 %.0f ms; recorded -> acknowledged p50 %.0f ms, "
                        + "p99 %.0f ms%n", rs.getDouble(1) * 1000, rs.getDouble(2) * 1000, rs.getDouble(3) * 1000,
                        rs.getDouble(4) * 1000));
            }
            checkOrder(portal, dossiers, out, "steady");

            // (2) backlog: the portal is down while the changes arrive, then comes back
            portal.fail(SimulatedPortal.FailureMode.ERROR_500, -1);
            List<List<PortalJourneys.Rec>> backlog = new ArrayList<>();
            for (int i = 0; i < BACKLOG_DOSSIERS; i++) {
                backlog.add(PortalJourneys.journey("B" + i, PortalJourneys.AGENCIES[i % 3]));
            }
            for (int step = 0; step < 7; step++) {
                for (List<PortalJourneys.Rec> d : backlog) {
                    PortalJourneys.Rec r = d.get(step);
                    producer.send(new ProducerRecord<>(r.topic(), r.key(), PortalJourneys.withNow(r.value())));
                }
            }
            producer.flush();
            int backlogTotal = BACKLOG_DOSSIERS * 7;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (count(stack, "SELECT count(*) FROM portal_change WHERE state = 'PENDING'") < backlogTotal) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the backlog was not recorded in 10 minutes");
                }
                Thread.sleep(200);
            }
            Thread.sleep(Duration.ofSeconds(5).toMillis()); // let the retries back off a little, as in a real outage
            portal.clearFaults();
            long d0 = System.nanoTime();
            awaitAcked(stack, total + backlogTotal, Duration.ofMinutes(15));
            double drain = (System.nanoTime() - d0) / 1e9;
            out.append(String.format("backlog: %d changes of %d dossiers held during an outage, drained in %.1f s after the "
                    + "portal came back: %.0f changes/s (%d replicas, %d cores)%n", backlogTotal, BACKLOG_DOSSIERS, drain,
                    backlogTotal / drain, REPLICAS, Runtime.getRuntime().availableProcessors()));
            checkOrder(portal, backlog, out, "backlog");
            try (Connection c = stack.db("portal"); ResultSet rs = c.createStatement().executeQuery("""
                    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms),
                           percentile_cont(0.99) WITHIN GROUP (ORDER BY duration_ms), count(*)
                    FROM portal_attempt WHERE outcome = 'ACKED'""")) {
                rs.next();
                out.append(String.format("portal calls (n=%d, %d at a time per replica): p50 %.0f ms, p99 %.0f ms%n", rs.getLong(3),
                        PARALLEL, rs.getDouble(1), rs.getDouble(2)));
            }
            Results.report("portal-sync", out.toString());
        }
    }

    static void checkOrder(SimulatedPortal portal, List<List<PortalJourneys.Rec>> dossiers, StringBuilder out, String phase) {
        int wrong = 0;
        for (List<PortalJourneys.Rec> d : dossiers) {
            List<Integer> got = portal.received(d.get(0).key()).stream().map(r -> r.status()).toList();
            if (!got.equals(PortalJourneys.EXPECTED)) {
                wrong++;
            }
        }
        out.append(String.format("%s: %d of %d dossiers arrived in order, once each%n", phase, dossiers.size() - wrong, dossiers.size()));
        if (wrong > 0) {
            throw new AssertionError(out.toString());
        }
    }

    static void awaitAcked(BenchStack stack, int total, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (count(stack, "SELECT count(*) FROM portal_change WHERE state = 'ACKED'") < total) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not all " + total + " changes acknowledged in " + patience);
            }
            Thread.sleep(100);
        }
    }

    static long count(BenchStack stack, String sql) throws Exception {
        try (Connection c = stack.db("portal"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static KafkaProducer<String, String> producer(BenchStack stack) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka.bootstrapServers());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

}
