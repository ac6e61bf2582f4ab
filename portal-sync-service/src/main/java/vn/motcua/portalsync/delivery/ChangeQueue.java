package vn.motcua.portalsync.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The changes due for the portal, claimed by one replica at a time: only a dossier's head (no earlier change of it is
 * pending or parked), locked {@code SKIP LOCKED} and leased ahead in a short transaction, so the call itself runs with
 * no transaction open and no other replica takes the same change or the dossier's next one meanwhile.
 */
@ApplicationScoped
public class ChangeQueue {

    /** A claimed change, ready to send. */
    public record Claimed(long id, String dossierCode, String kind, String operation, String key, String unitId,
                          String payload, int attempts, OffsetDateTime occurredAt, int statusCode) {
    }

    private final EntityManager em;
    private final Clock clock;

    /** Tells the dashboards, once per dossier, that the portal has it (the transparency indicator). */
    @jakarta.inject.Inject
    vn.motcua.platform.outbox.Outbox outbox;

    public ChangeQueue(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public List<Claimed> claim(int max, Duration lease) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH picked AS (
                            SELECT h.id FROM portal_change h
                            WHERE h.state = 'PENDING' AND h.next_attempt_at IS NOT NULL AND h.next_attempt_at <= :now
                              AND NOT EXISTS (SELECT 1 FROM portal_change e
                                              WHERE e.dossier_code = h.dossier_code AND e.state IN ('PENDING', 'PARKED')
                                                AND e.seq < h.seq)
                            ORDER BY h.next_attempt_at, h.seq
                            LIMIT :max
                            FOR UPDATE SKIP LOCKED)
                        UPDATE portal_change c SET next_attempt_at = :until, attempts = c.attempts + 1
                        FROM picked, synced_dossier d
                        WHERE c.id = picked.id AND d.code = c.dossier_code
                        RETURNING c.id, c.dossier_code, c.kind, c.operation, c.idempotency_key, d.unit_id, c.payload,
                                  c.attempts, c.occurred_at, c.status_code""")
                .setParameter("now", now).setParameter("until", now.plus(lease)).setParameter("max", max)
                .getResultList();
        return rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).intValue(), vn.motcua.platform.persistence.NativeColumns.time(r[8]),
                ((Number) r[9]).intValue())).toList();
    }

    /** What became of a claimed change, to be written. */
    public sealed interface Outcome {
        Claimed change();

        /** The portal stored it (or had already). */
        record Acked(Claimed change, String message, Attempt attempt) implements Outcome {
        }

        /** The portal refuses the payload: parked. */
        record Refused(Claimed change, String message, Attempt attempt) implements Outcome {
        }

        /** Not answered: tried again after {@code retryAfter}. */
        record Deferred(Claimed change, String reason, Duration retryAfter, Attempt attempt) implements Outcome {
        }
    }

    /**
     * Writes a batch's outcomes in one transaction (one commit for the batch, not one per call), taking the dossiers'
     * locks in code order so that two replicas' batches cannot deadlock.
     */
    @Transactional
    public void record(List<Outcome> outcomes) {
        outcomes.stream().sorted(java.util.Comparator.comparing(o -> o.change().dossierCode())).forEach(o -> {
            switch (o) {
                case Outcome.Acked a -> acknowledged(a.change(), a.message(), a.attempt());
                case Outcome.Refused r -> rejected(r.change(), r.message(), r.attempt());
                case Outcome.Deferred d -> unavailable(d.change(), d.reason(), d.retryAfter(), d.attempt());
            }
        });
    }

    /** The portal stored it: the dossier's next change may go. */
    private void acknowledged(Claimed c, String message, Attempt attempt) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        vn.motcua.portalsync.dossier.ChangeRecorder.lock(em, c.dossierCode()); // against a change being queued behind it
        em.createNativeQuery("""
                        UPDATE portal_change n SET next_attempt_at = :now
                        WHERE n.id = (SELECT x.id FROM portal_change x WHERE x.dossier_code = :c AND x.state = 'PENDING'
                                        AND x.id <> :id ORDER BY x.seq LIMIT 1)
                          AND n.next_attempt_at IS NULL""")
                .setParameter("now", now).setParameter("c", c.dossierCode()).setParameter("id", c.id()).executeUpdate();
        int acked = em.createNativeQuery("""
                        UPDATE portal_change SET state = 'ACKED', acked_at = :now, portal_message = :m, next_attempt_at = NULL,
                            last_error = NULL WHERE id = :id AND state = 'PENDING'""")
                .setParameter("now", now).setParameter("m", message).setParameter("id", c.id()).executeUpdate();
        if (acked == 1 && vn.motcua.portalsync.mapping.ChangeKind.DOSSIER.name().equals(c.kind())) {
            // the dossier's first change, acknowledged once: a second acknowledgement finds it ACKED and says nothing
            outbox.publish(vn.motcua.platform.events.EventCatalog.PORTAL_DOSSIER_SYNCED, c.dossierCode(),
                    new vn.motcua.platform.events.contract.DossierSynced(c.dossierCode(), c.unitId(), now));
        }
        if (!"RATING".equals(c.kind()) && !"SUPPLEMENT_RECEIVED".equals(c.kind())) {
            em.createNativeQuery("UPDATE synced_dossier SET acked_status = :s, acked_at = :now WHERE code = :c")
                    .setParameter("s", c.statusCode()).setParameter("now", now).setParameter("c", c.dossierCode())
                    .executeUpdate();
        }
        attempt(c, attempt, now);
    }

    /** The portal refuses the payload: parked for an operator, the dossier's later changes wait behind it. */
    private void rejected(Claimed c, String message, Attempt attempt) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("""
                        UPDATE portal_change SET state = 'PARKED', portal_message = :m, next_attempt_at = NULL
                        WHERE id = :id AND state = 'PENDING'""")
                .setParameter("m", message).setParameter("id", c.id()).executeUpdate();
        attempt(c, attempt, now);
    }

    /** Not answered: tried again after the back-off. */
    private void unavailable(Claimed c, String reason, Duration wait, Attempt attempt) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("""
                        UPDATE portal_change SET next_attempt_at = :next, last_error = :e WHERE id = :id AND state = 'PENDING'""")
                .setParameter("next", now.plus(wait)).setParameter("e", reason).setParameter("id", c.id()).executeUpdate();
        attempt(c, attempt, now);
    }

    /**
     * The portal answers again after an outage: the changes still backing off are made due within {@code spread}
     * (at random, so replicas and dossiers do not all call at once) instead of each waiting out its own back-off.
     *
     * @return how many were woken
     */
    @Transactional
    public int wakeBackedOff(Duration spread) {
        return em.createNativeQuery("""
                        UPDATE portal_change SET next_attempt_at = :now + random() * CAST(:spread AS INTERVAL)
                        WHERE state = 'PENDING' AND next_attempt_at > :now + CAST(:spread AS INTERVAL) AND last_error IS NOT NULL
                          AND attempts > 0""")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("spread", spread.toMillis() + " milliseconds")
                .executeUpdate();
    }

    /** An operator sends a parked change again (after fixing what the portal refused, e.g. a unit identifier). */
    @Transactional
    public boolean retry(long id) {
        return em.createNativeQuery("""
                        UPDATE portal_change SET state = 'PENDING', next_attempt_at = :now, attempts = 0
                        WHERE id = :id AND state = 'PARKED'""")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", id).executeUpdate() == 1;
    }

    /** One call and the portal's answer, for the ledger. */
    public record Attempt(String outcome, Integer httpStatus, String message, long durationMs) {
    }

    private void attempt(Claimed c, Attempt a, OffsetDateTime now) {
        em.createNativeQuery("""
                        INSERT INTO portal_attempt (change_id, at, outcome, http_status, message, duration_ms)
                        VALUES (:c, :at, :o, :s, :m, :d)""")
                .setParameter("c", c.id()).setParameter("at", now).setParameter("o", a.outcome())
                .setParameter("s", a.httpStatus()).setParameter("m", a.message() == null ? null
                        : a.message().substring(0, Math.min(2000, a.message().length())))
                .setParameter("d", (int) Math.min(Integer.MAX_VALUE, a.durationMs())).executeUpdate();
    }

}
