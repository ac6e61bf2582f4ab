package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay of a real processing-service: a burst of 100,000 events written in one transaction and drained to
 * Kafka, then a steady 5,000 events/s for 60 s with a second replica joining halfway; per-key order checked on the
 * topic for all of it. Run with {@code bench/relay.sh}. Targets: burst &lt; 30 s, sustained ≥ 5,000/s.
 */
class RelayBench {

    static final String TOPIC = "bench.relay";
    static final int KEYS = 2_000;
    static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
    /** Events offered per second in the steady phase (in ten inserts a second). */
    static final int RATE = Integer.getInteger("bench.rate", 6000);
    static final Map<String, String> SERVICE = Map.of("motcua.deadline.sweep-interval", "1h",
            "motcua.outbox.batch-size", System.getProperty("bench.batch", "2000"));

    /** Inserts {@code n} outbox rows numbered from {@code first}, in one statement; ~1.5 kB each, like a dossier event. */
    static void insert(Connection c, long first, int n) throws Exception {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO outbox_event (id, topic, message_key, event_type, payload, created_at)
                    SELECT gen_random_uuid(), '%s', 'K' || (g %% %d), 'bench.v1',
                           '{"seq":' || g || ',"pad":"' || repeat('x', 1500) || '"}', now()
                    FROM generate_series(%d, %d) g ORDER BY g""".formatted(TOPIC, KEYS, first, first + n - 1));
        }
    }

    static long backlog(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void burstAndSustained() throws Exception {
        try (BenchStack stack = new BenchStack()) {
            stack.start("processing-service", SERVICE);
            StringBuilder out = new StringBuilder();
            try (Connection c = stack.db("processing")) {
                // burst: 100,000 rows committed at once
                insert(c, 1, 100_000);
                long t0 = System.nanoTime();
                while (backlog(c) > 0) {
                    Thread.sleep(100);
                }
                double burst = (System.nanoTime() - t0) / 1e9;
                out.append(String.format("relay batch size %s%n", SERVICE.get("motcua.outbox.batch-size")));
                out.append(String.format("burst   100,000 events drained in %.1f s = %,.0f events/s (target < 30 s)%n",
                        burst, 100_000 / burst));

                // sustained: RATE events/s for 60 s, one insert every 100 ms; a second replica joins at 30 s
                int perTick = RATE / 10;
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicLong written = new AtomicLong();
                long firstSeq = 100_001;
                Thread writer = new Thread(() -> {
                    try (Connection w = stack.db("processing")) {
                        long start = System.nanoTime();
                        for (int tick = 0; tick < 600; tick++) {
                            insert(w, firstSeq + (long) tick * perTick, perTick);
                            written.addAndGet(perTick);
                            long next = start + (tick + 1) * 100_000_000L;
                            long sleep = next - System.nanoTime();
                            if (sleep > 0) {
                                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        writing.set(false);
                    }
                });
                long s0 = System.nanoTime();
                writer.start();
                long maxBacklog = 0;
                boolean replica = false;
                while (writing.get()) {
                    Thread.sleep(1000);
                    maxBacklog = Math.max(maxBacklog, backlog(c));
                    if (!replica && System.nanoTime() - s0 > 30e9) {
                        stack.start("processing-service", SERVICE);
                        replica = true;
                    }
                }
                writer.join();
                double writeSecs = (System.nanoTime() - s0) / 1e9;
                long d0 = System.nanoTime();
                while (backlog(c) > 0) {
                    Thread.sleep(50);
                }
                double tail = (System.nanoTime() - d0) / 1e9;
                double total = (System.nanoTime() - s0) / 1e9;
                out.append(String.format("steady  %,d events offered at %,.0f/s over %.1f s; all published %.1f s after the "
                                + "last insert = %,.0f events/s end to end; largest backlog seen %,d; second replica joined at 30 s%n",
                        written.get(), written.get() / writeSecs, writeSecs, tail, written.get() / total, maxBacklog));

                // per-key order, over everything published
                long[] result = checkOrder(stack.kafka.bootstrapServers(), 100_000 + written.get());
                out.append(String.format("order   %,d records read, %,d distinct events, %d keys, %d out-of-order (must be 0), "
                        + "%,d duplicates (at-least-once)%n", result[0], result[1], KEYS, result[2], result[0] - result[1]));
                Results.report("relay", out.toString());
                assertThat(result[2]).as("records out of order within a key").isZero();
                assertThat(result[1]).as("distinct events on the topic").isEqualTo(100_000 + written.get());
            }
        }
    }

    /** Reads the topic; returns {records, distinct seqs, out-of-order}. */
    static long[] checkOrder(String bootstrap, long expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        Map<String, Long> last = new HashMap<>();
        java.util.BitSet seen = new java.util.BitSet();
        long records = 0;
        long outOfOrder = 0;
        long idle = System.nanoTime();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(TOPIC));
            while (seen.cardinality() < expected && System.nanoTime() - idle < Duration.ofSeconds(30).toNanos()) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    idle = System.nanoTime();
                    Matcher m = SEQ.matcher(r.value());
                    if (!m.find()) {
                        continue;
                    }
                    long seq = Long.parseLong(m.group(1));
                    records++;
                    if (seen.get((int) seq)) {
                        continue; // a re-sent record: consumers drop it by event id
                    }
                    seen.set((int) seq);
                    Long prev = last.put(r.key(), seq);
                    if (prev != null && prev > seq) {
                        outOfOrder++;
                    }
                }
            }
        }
        return new long[] {records, seen.cardinality(), outOfOrder};
    }
}
