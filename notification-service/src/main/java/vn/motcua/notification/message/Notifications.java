package vn.motcua.notification.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Records messages exactly once per idempotency key. */
@ApplicationScoped
public class Notifications {

    public static final String IN_APP = "IN_APP";
    public static final String EMAIL = "EMAIL";
    public static final String SMS = "SMS";

    private final EntityManager em;
    private final Clock clock;

    public Notifications(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * A message to record: in-app ones are delivered by being stored; e-mail and SMS ones are PENDING for the
     * {@link vn.motcua.notification.channel.Dispatcher}.
     *
     * @param address e-mail address or phone number (EMAIL / SMS)
     */
    public record Outgoing(String eventId, Notification.Kind kind, String dossierCode, String recipient,
                           String recipientType, String channel, String address, String subject, String body,
                           UUID letterId) {
    }

    /**
     * Stores a message unless one with the same key (event, kind, recipient, channel) exists.
     *
     * @return true if a new message was recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(Outgoing m) {
        String key = m.eventId() + ":" + m.kind() + ":" + m.recipient() + ":" + m.channel();
        boolean inApp = IN_APP.equals(m.channel());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = em.createNativeQuery("""
                        INSERT INTO notification (id, idempotency_key, event_id, kind, dossier_code, recipient, recipient_type,
                                                  channel, subject, body, status, attempts, created_at, sent_at,
                                                  recipient_address, next_attempt_at, letter_id)
                        VALUES (:id, :key, :event, :kind, :code, :recipient, :rtype, :channel, :subject, :body, :status,
                                :attempts, :now, CAST(:sent AS timestamptz), CAST(:address AS varchar), CAST(:next AS timestamptz),
                                CAST(:letter AS uuid))
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("key", key).setParameter("event", m.eventId())
                .setParameter("kind", m.kind().name()).setParameter("code", m.dossierCode())
                .setParameter("recipient", m.recipient()).setParameter("rtype", m.recipientType())
                .setParameter("channel", m.channel()).setParameter("subject", m.subject()).setParameter("body", m.body())
                .setParameter("status", (inApp ? Notification.Status.DELIVERED : Notification.Status.PENDING).name())
                .setParameter("attempts", inApp ? 1 : 0)
                .setParameter("now", now).setParameter("sent", inApp ? now : null)
                .setParameter("address", m.address()).setParameter("next", inApp ? null : now)
                .setParameter("letter", m.letterId() == null ? null : m.letterId().toString())
                .executeUpdate();
        return inserted == 1;
    }
}
