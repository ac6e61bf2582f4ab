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

    /** The events this consumer sees for the first time, in their order; the others are duplicates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.List<vn.motcua.platform.events.CloudEvent> firstDeliveries(String consumer,
                                                                                java.util.List<vn.motcua.platform.events.CloudEvent> events) {
        String ids = jsonArray(events.stream().map(vn.motcua.platform.events.CloudEvent::id).toList());
        @SuppressWarnings("unchecked")
        java.util.List<String> inserted = em.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id) SELECT :c, jsonb_array_elements_text(CAST(:ids AS jsonb)) "
                                + "ON CONFLICT DO NOTHING RETURNING event_id")
                .setParameter("c", consumer).setParameter("ids", ids).getResultList();
        java.util.Set<String> fresh = new java.util.HashSet<>(inserted);
        return events.stream().filter(e -> fresh.contains(e.id())).toList();
    }

    /** Takes these events out of the inbox again (refused in a batch: a replay must apply them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer, java.util.Collection<String> eventIds) {
        if (!eventIds.isEmpty()) {
            em.createNativeQuery("DELETE FROM processed_event WHERE consumer = :c AND event_id IN (SELECT jsonb_array_elements_text(CAST(:ids AS jsonb)))")
                    .setParameter("c", consumer).setParameter("ids", jsonArray(eventIds)).executeUpdate();
        }
    }

    /** Ids as a JSON array: one parameter however many, with no quoting of its own. */
    private static String jsonArray(java.util.Collection<String> ids) {
        try {
            return IDS.writeValueAsString(ids);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper IDS = new com.fasterxml.jackson.databind.ObjectMapper();
}
