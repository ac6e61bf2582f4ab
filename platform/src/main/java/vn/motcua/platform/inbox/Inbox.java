package vn.motcua.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer handled, in the handler's own transaction, so a redelivered event (after a
 * rebalance, a crash or a replayed outbox row) has no second effect. Concurrent deliveries to two replicas
 * serialise on the primary key: the second insert waits, then finds the row and skips.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time this consumer sees the event id; false for a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = em.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id) VALUES (:c, :e) ON CONFLICT DO NOTHING")
                .setParameter("c", consumer).setParameter("e", eventId).executeUpdate();
        return inserted == 1;
    }
}
