package vn.motcua.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.events.CloudEvent;

/**
 * Publishes outbox rows to Kafka in insertion order and marks them published.
 *
 * <p>A batch is read in order, every row is handed to the producer at once (all in flight), then the relay waits
 * for all acknowledgements and marks the acknowledged rows in one statement. The producer is idempotent with
 * {@code acks=all}: records of one key go to one partition and keep their order there, retries included, which is
 * what keeps each dossier's events in order. Several replicas may run: a transaction-scoped PostgreSQL advisory
 * lock lets one relay work at a time (order across replicas would be lost otherwise). A row is marked only after
 * the broker acknowledged it, so a crash in between re-sends it (at-least-once); consumers drop the duplicate by
 * event id. A broker outage only delays: unacknowledged rows stay and are sent again.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary constant identifying the relay's advisory lock. */
    private static final long LOCK_KEY = 0x6d6f74637561L;

    private final EntityManager em;
    private final Clock clock;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final Counter published;
    private volatile Producer<String, String> producer;

    public OutboxRelay(EntityManager em, Clock clock, OutboxConfig config,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                       @ConfigProperty(name = "quarkus.application.name", defaultValue = "motcua") String applicationName,
                       MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.clientId = applicationName + "-outbox";
        this.published = Counter.builder("motcua.outbox.published").description("events relayed to Kafka")
                .register(registry);
    }

    @Scheduled(every = "${motcua.outbox.interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == config.batchSize());
        } catch (RuntimeException e) {
            Log.warnf("outbox relay paused: %s", e.toString());
        }
    }

    /** Relays one batch; returns how many rows were published. */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)")
                    .setParameter("k", LOCK_KEY).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT id, topic, message_key, event_type, payload FROM outbox_event
                            WHERE published_at IS NULL ORDER BY seq LIMIT :n""")
                    .setParameter("n", config.batchSize()).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            Producer<String, String> p = producer();
            List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
            RuntimeException sendFailure = null;
            for (Object[] row : rows) {
                try {
                    sends.add(p.send(record(row)));
                } catch (RuntimeException e) { // metadata unavailable for max.block.ms, buffer full…
                    sendFailure = e;
                    break; // later rows wait: they may share a key with this one
                }
            }
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            List<UUID> acknowledged = new ArrayList<>(sends.size());
            Map<UUID, String> failed = new HashMap<>();
            for (int i = 0; i < sends.size(); i++) {
                UUID id = (UUID) rows.get(i)[0];
                try {
                    sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged.add(id);
                } catch (ExecutionException | TimeoutException e) {
                    failed.put(id, abbreviate(String.valueOf(e.getCause() == null ? e : e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.put(id, "interrupted");
                }
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (!acknowledged.isEmpty()) {
                em.createQuery("UPDATE OutboxEvent e SET e.publishedAt = :now, e.attempts = e.attempts + 1 WHERE e.id IN :ids")
                        .setParameter("now", now).setParameter("ids", acknowledged).executeUpdate();
                published.increment(acknowledged.size());
            }
            if (!failed.isEmpty() || sendFailure != null) {
                String error = sendFailure != null ? abbreviate(sendFailure.toString()) : failed.values().iterator().next();
                List<UUID> notSent = new ArrayList<>(failed.keySet());
                if (sendFailure != null) {
                    notSent.add((UUID) rows.get(sends.size())[0]); // the row whose send threw
                }
                em.createQuery("UPDATE OutboxEvent e SET e.attempts = e.attempts + 1, e.lastError = :err WHERE e.id IN :ids")
                        .setParameter("err", error).setParameter("ids", notSent).executeUpdate();
                Log.warnf("outbox: %d of %d events not acknowledged yet, sent again later: %s",
                        rows.size() - acknowledged.size(), rows.size(), error);
            }
            return acknowledged.size() == rows.size() ? rows.size() : 0;
        });
    }

    /** Deletes published rows older than the retention period, a slice at a time. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try {
            OffsetDateTime before = OffsetDateTime.now(clock).minus(config.retention());
            int deleted;
            do {
                deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                                DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event
                                WHERE published_at IS NOT NULL AND published_at < :before LIMIT 10000)""")
                        .setParameter("before", before).executeUpdate());
            } while (deleted == 10000);
        } catch (RuntimeException e) {
            Log.warnf("outbox purge postponed: %s", e.toString());
        }
    }

    private static ProducerRecord<String, String> record(Object[] row) {
        UUID id = (UUID) row[0];
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", ((String) row[3]).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>((String) row[1], null, (String) row[2], (String) row[4], headers);
    }

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> props = new HashMap<>(kafkaConfig);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
                p = producer;
            }
        }
        return p;
    }

    void stop(@Observes ShutdownEvent ev) {
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(5));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
