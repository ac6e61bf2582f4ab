package vn.motcua.platform.inbox;

import static vn.motcua.platform.persistence.NativeColumns.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.platform.events.CloudEvent;

/**
 * The records a consumer gave up on (thư chết), kept in the service's own database so an admin can list them and,
 * once the cause is fixed (an agency published, a bug deployed), replay them. One row per consumer and record
 * position: a record redelivered and given up again updates its row. The payload is kept as bytes, as it came.
 */
@ApplicationScoped
public class DeadLetters {

    /** The columns {@link #toView} reads, in its order. */
    private static final String SELECT = "SELECT id, consumer, topic, kafka_partition, record_offset, record_key, event_id, "
            + "event_type, reason, attempts, failed_at, replayed_at, replay_count, last_replay_outcome, "
            + "CAST(headers AS text), payload FROM dead_letter";

    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper mapper;

    public DeadLetters(EntityManager em, Clock clock, ObjectMapper mapper) {
        this.em = em;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** A dead letter as listed; {@code payload} is the record's value as text with control characters escaped. */
    public record DeadLetter(UUID id, String consumer, String topic, int partition, long offset, String key,
                             String eventId, String eventType, String reason, int attempts, OffsetDateTime failedAt,
                             OffsetDateTime replayedAt, int replayCount, String lastReplayOutcome,
                             Map<String, String> headers, String payload) {
    }

    void record(String consumer, ConsumerRecord<String, String> r, CloudEvent event, Throwable failure, int attempts) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : printable(new String(h.value(), StandardCharsets.UTF_8)));
        }
        String headersJson;
        try {
            headersJson = mapper.writeValueAsString(headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            headersJson = "{}";
        }
        String json = headersJson;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO dead_letter (id, consumer, topic, kafka_partition, record_offset, record_key, event_id,
                                                 event_type, reason, attempts, failed_at, headers, payload)
                        VALUES (:id, :consumer, :topic, :partition, :offset, :key, :eventId, :eventType, :reason, :attempts,
                                :at, CAST(:headers AS jsonb), :payload)
                        ON CONFLICT (consumer, topic, kafka_partition, record_offset)
                        DO UPDATE SET reason = EXCLUDED.reason, attempts = dead_letter.attempts + EXCLUDED.attempts,
                                      failed_at = EXCLUDED.failed_at""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("consumer", consumer)
                .setParameter("topic", r.topic())
                .setParameter("partition", r.partition())
                .setParameter("offset", r.offset())
                .setParameter("key", r.key() == null ? null : printable(abbreviate(r.key(), 200)))
                .setParameter("eventId", event == null ? null : printable(abbreviate(event.id(), 200)))
                .setParameter("eventType", event == null ? null : printable(abbreviate(event.type(), 200)))
                .setParameter("reason", reason(failure))
                .setParameter("attempts", attempts)
                .setParameter("at", OffsetDateTime.now(clock))
                .setParameter("headers", json)
                .setParameter("payload", r.value() == null ? new byte[0] : r.value().getBytes(StandardCharsets.UTF_8))
                .executeUpdate());
    }

    public List<DeadLetter> list(String consumer, boolean pendingOnly, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        if (consumer != null) {
            sql.append(" AND consumer = :consumer");
        }
        if (pendingOnly) {
            sql.append(" AND replayed_at IS NULL");
        }
        sql.append(" ORDER BY failed_at, id");
        var q = em.createNativeQuery(sql.toString()).setMaxResults(limit);
        if (consumer != null) {
            q.setParameter("consumer", consumer);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(this::toView).toList();
    }

    public java.util.Optional<DeadLetter> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::toView);
    }

    /** The raw value of a dead letter, for replay. */
    String rawPayload(UUID id) {
        byte[] b = (byte[]) em.createNativeQuery("SELECT payload FROM dead_letter WHERE id = :id")
                .setParameter("id", id).getSingleResult();
        return new String(b, StandardCharsets.UTF_8);
    }

    void markReplayed(UUID id, String outcome, boolean done) {
        em.createNativeQuery("UPDATE dead_letter SET replay_count = replay_count + 1, last_replay_outcome = :o, "
                        + "replayed_at = CASE WHEN :done THEN COALESCE(replayed_at, :at) ELSE replayed_at END WHERE id = :id")
                .setParameter("o", abbreviate(outcome, 2000)).setParameter("done", done)
                .setParameter("at", OffsetDateTime.now(clock)).setParameter("id", id).executeUpdate();
    }

    private DeadLetter toView(Object[] r) {
        Map<String, String> headers;
        try {
            headers = mapper.readValue((String) r[14], new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            headers = Map.of();
        }
        return new DeadLetter((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                ((Number) r[9]).intValue(), time(r[10], VietnamTime.OFFSET), time(r[11], VietnamTime.OFFSET), ((Number) r[12]).intValue(), (String) r[13],
                headers, printable(abbreviate(new String((byte[]) r[15], StandardCharsets.UTF_8), 20_000)));
    }

    /** The reason as stored and sent in the dead-letter topic's header: the failure and its root cause. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == failure ? failure.toString() : failure + " — caused by " + root;
        return printable(abbreviate(text, 2000));
    }

    /** Control characters (NUL above all, which PostgreSQL text refuses) shown as \\uXXXX. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) && cp != '\n' && cp != '\t') {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
