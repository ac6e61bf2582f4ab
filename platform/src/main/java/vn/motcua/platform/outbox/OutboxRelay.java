package vn.motcua.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.motcua.platform.events.CloudEvent;

/**
 * Publishes outbox rows to Kafka in creation order and marks them published.
 *
 * <p>Several replicas may run: a transaction-scoped PostgreSQL advisory lock lets one relay work at a time, which
 * also keeps each dossier's events in order. A row is marked only after the broker acknowledged it, so a crash in
 * between re-sends it (at-least-once); consumers drop the duplicate by event id. A broker outage only delays.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary constant identifying the relay's advisory lock. */
    private static final long LOCK_KEY = 0x6d6f74637561L;

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxRelay(EntityManager em, @Channel("outbox") MutinyEmitter<String> emitter, Clock clock,
                       @ConfigProperty(name = "motcua.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "motcua.outbox.send-timeout", defaultValue = "PT10S") Duration sendTimeout) {
        this.em = em;
        this.emitter = emitter;
        this.clock = clock;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    @Scheduled(every = "${motcua.outbox.interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            Log.warnf("outbox relay paused: %s", e.getMessage());
        }
    }

    /** Relays one batch; returns how many rows were published. */
    int relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)")
                .setParameter("k", LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> rows = em.createQuery(
                        "FROM OutboxEvent WHERE publishedAt IS NULL ORDER BY createdAt, id", OutboxEvent.class)
                .setMaxResults(batchSize).getResultList();
        int sent = 0;
        for (OutboxEvent row : rows) {
            try {
                send(row);
            } catch (RuntimeException e) {
                row.attempts++;
                row.lastError = abbreviate(e.toString());
                Log.warnf("outbox event %s (%s) not published yet (attempt %d): %s", row.id, row.type, row.attempts, e.getMessage());
                break; // keep order: later events wait for this one
            }
            row.publishedAt = OffsetDateTime.now(clock);
            row.attempts++;
            sent++;
        }
        return sent;
    }

    private void send(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", row.id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.type.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> meta = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic).withKey(row.key).withHeaders(headers).build();
        emitter.sendMessage(Message.of(row.payload).addMetadata(meta)).await().atMost(sendTimeout);
    }

    private static String abbreviate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
