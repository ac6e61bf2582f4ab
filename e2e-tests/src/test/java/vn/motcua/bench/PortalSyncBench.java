package vn.motcua.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.SupplementClockMode;
import vn.motcua.portalsim.SimulatedPortal;

/**
 * The sync to the national portal of a packaged portal-sync-service against the simulated portal (a real HTTP server
 * in this JVM) on a durable PostgreSQL: (1) steady — dossiers of three agencies walked through seven changes each at
 * {@code bench.rate} changes/s; the lag from each change (its event time) to the portal's acknowledgement, p50/p99;
 * (2) backlog — the portal down while {@code bench.backlog} dossiers' changes arrive, then up: the drain rate in
 * changes/s, order and once-only checked at the portal for every dossier. Run with {@code bench/portal-sync.sh}.
 */
class PortalSyncBench {

    static final int RATE = Integer.getInteger("bench.rate", 200);
    static final int STEADY_DOSSIERS = Integer.getInteger("bench.dossiers", 1_500);
    static final int BACKLOG_DOSSIERS = Integer.getInteger("bench.backlog", 3_000);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final String[][] AGENCIES = {{"SKHCN", "000.17.22.H56"}, {"SVHTTDL", "000.19.22.H56"}, {"UBNDBS", "000.41.33.H56"}};
    static final String[] STEPS = {"ASSIGN:ASSIGNED", "START:IN_PROCESS", "SUBMIT_FOR_APPROVAL:AWAITING_APPROVAL",
            "APPROVE:APPROVED", "SIGN_RESULT:RESULT_READY", "RETURN_RESULT:RETURNED"};
    static final List<Integer> EXPECTED = List.of(2, 4, 4, 4, 4, 9, 10);

    record Rec(String topic, String key, String value) {
    }

    @Test
    void steadyLagAndBacklogDrain() throws Exception {
        try (BenchStack stack = new BenchStack();
             SimulatedPortal portal = SimulatedPortal.start(0, SimulatedPortal.Options.demo());
             KafkaProducer<String, String> producer = producer(stack)) {
            stack.start("portal-sync-service", Map.of("motcua.portal.url", portal.url()));
            StringBuilder out = new StringBuilder();

            // (1) steady: changes offered at RATE/s, each dossier's in its order, dossiers interleaved
            List<List<Rec>> dossiers = new ArrayList<>();
            for (int i = 0; i < STEADY_DOSSIERS; i++) {
                dossiers.add(journey("S" + i, AGENCIES[i % 3]));
            }
            long t0 = System.nanoTime();
            int sent = 0;
            int total = STEADY_DOSSIERS * 7;
            for (int step = 0; step < 7; step++) {
                for (List<Rec> d : dossiers) {
                    Rec r = d.get(step);
                    producer.send(new ProducerRecord<>(r.topic(), r.key(), withNow(r.value())));
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
                out.append(String.format("steady: %d dossiers x 7 changes offered at %d/s over %.1f s; lag change -> portal ack "
                                + "(status changes, n=%d): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", STEADY_DOSSIERS, RATE,
                        offerSeconds, rs.getLong(4), rs.getDouble(1) * 1000, rs.getDouble(2) * 1000, rs.getDouble(3) * 1000));
            }
            checkOrder(portal, dossiers, out, "steady");

            // (2) backlog: the portal is down while the changes arrive, then comes back
            portal.fail(SimulatedPortal.FailureMode.ERROR_500, -1);
            List<List<Rec>> backlog = new ArrayList<>();
            for (int i = 0; i < BACKLOG_DOSSIERS; i++) {
                backlog.add(journey("B" + i, AGENCIES[i % 3]));
            }
            for (int step = 0; step < 7; step++) {
                for (List<Rec> d : backlog) {
                    Rec r = d.get(step);
                    producer.send(new ProducerRecord<>(r.topic(), r.key(), withNow(r.value())));
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
                    + "portal came back: %.0f changes/s (%d cores)%n", backlogTotal, BACKLOG_DOSSIERS, drain,
                    backlogTotal / drain, Runtime.getRuntime().availableProcessors()));
            checkOrder(portal, backlog, out, "backlog");
            Results.report("portal-sync", out.toString());
        }
    }

    static void checkOrder(SimulatedPortal portal, List<List<Rec>> dossiers, StringBuilder out, String phase) {
        int wrong = 0;
        for (List<Rec> d : dossiers) {
            List<Integer> got = portal.received(d.get(0).key()).stream().map(r -> r.status()).toList();
            if (!got.equals(EXPECTED)) {
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

    /** The event's time fields say "now": the lag is measured from when the change happened. */
    static String withNow(String value) {
        return value.replace("\"@NOW@\"", "\"" + OffsetDateTime.now() + "\"");
    }

    static List<Rec> journey(String tag, String[] agency) throws Exception {
        String code = agency[1] + "-261203-" + tag;
        OffsetDateTime received = OffsetDateTime.parse("2026-12-03T08:00:00+07:00");
        OffsetDateTime due = received.plusDays(14);
        AgencyProfile profile = new AgencyProfile(agency[0], 1, "Cơ quan " + agency[0], AgencyProfile.AgencyLevel.PROVINCE,
                AgencyProfile.AgencyKind.DEPARTMENT, null, agency[1], "Hà Nam", List.of("07:30-11:30", "13:30-17:00"),
                new AgencyProfile.Letterhead(null, "CƠ QUAN", "Cơ quan", "Hà Nam", "GIÁM ĐỐC", agency[0]), null, true);
        List<Rec> out = new ArrayList<>();
        var accepted = new DossierAccepted(code, "1.004227.000.00.00.H56", 1, "Cấp Giấy chứng nhận", agency[0], "Cơ quan",
                Channel.ONLINE, 2, "ONLINE", "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn An", null, null, "Phủ Lý", "001090012345"),
                "citizen1", received, received, due, 10, "WORKING_DAYS", "2026.1", SupplementClockMode.PAUSE, null, List.of(),
                profile, "Khoa học công nghệ", List.of());
        out.add(new Rec(Topics.INTAKE_DOSSIER_EVENTS, code, event(EventCatalog.DOSSIER_ACCEPTED, code, accepted)));
        CaseState from = CaseState.RECEIVED;
        for (String s : STEPS) {
            String[] parts = s.split(":");
            CaseState to = CaseState.valueOf(parts[1]);
            var changed = new CaseStatusChanged(code, agency[0], "1.004227.000.00.00.H56",
                    new CaseStatusChanged.Transition(parts[0], from, to, to.nationalStatusCode(), "specialist1", received, null),
                    new CaseStatusChanged.Deadline(due, false, null, null), "specialist1", null, "citizen1", null);
            out.add(new Rec(Topics.PROCESSING_CASE_EVENTS, code, event(EventCatalog.CASE_STATUS_CHANGED, code, changed)
                    .replace("\"" + received.toString() + "\"", "\"@NOW@\"")));
            from = to;
        }
        return out;
    }

    static String event(EventCatalog type, String code, Object data) throws Exception {
        return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                "source", type.source().uri(), "type", type.type(), "subject", code, "time", "2026-12-03T01:00:00Z",
                "datacontenttype", "application/json", "data", JSON.valueToTree(data)));
    }
}
