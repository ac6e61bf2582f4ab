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

    private final EntityManager em;
    private final Clock clock;

    public Notifications(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Stores a message unless one with the same key exists; in-app messages are delivered by being stored.
     *
     * @return true if a new message was recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String eventId, Notification.Kind kind, String dossierCode, String recipient,
                          String recipientType, String channel, String subject, String body) {
        String key = eventId + ":" + kind + ":" + recipient + ":" + channel;
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = em.createNativeQuery("""
                        INSERT INTO notification (id, idempotency_key, event_id, kind, dossier_code, recipient, recipient_type,
                                                  channel, subject, body, status, attempts, created_at, sent_at)
                        VALUES (:id, :key, :event, :kind, :code, :recipient, :rtype, :channel, :subject, :body, :status, :attempts, :now, :sent)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("key", key).setParameter("event", eventId)
                .setParameter("kind", kind.name()).setParameter("code", dossierCode).setParameter("recipient", recipient)
                .setParameter("rtype", recipientType).setParameter("channel", channel).setParameter("subject", subject)
                .setParameter("body", body)
                .setParameter("status", Notification.Status.DELIVERED.name()).setParameter("attempts", 1)
                .setParameter("now", now).setParameter("sent", now)
                .executeUpdate();
        return inserted == 1;
    }
}
