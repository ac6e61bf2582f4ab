package vn.motcua.portalsync.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.portalsync.mapping.ChangeKind;

/**
 * Records what the portal must be told, in the order it must hear it.
 *
 * <p>Order per dossier is the {@code seq} a change gets when it is queued, taken under a per-dossier advisory lock
 * held to commit, so a later change of a dossier always has a higher seq and commits after the earlier one (the
 * dispatcher can never send a change while one before it is still uncommitted). A change that must follow another
 * one not yet read (a status before its dossier, a rating before the hand-over, a resumption before intake's
 * supplement) waits without a seq and is queued the moment what it follows is; within one source stream, a change
 * never overtakes an earlier one that still waits.
 */
@ApplicationScoped
public class ChangeRecorder {

    /** What the dossier itself brings (on acceptance). */
    public record DossierFacts(String agencyCode, String unitId, String procedureCode, Integer timeLimitAmount,
                               String timeLimitUnit, OffsetDateTime receivedAt, OffsetDateTime dueAt) {
    }

    private final EntityManager em;
    private final Clock clock;

    public ChangeRecorder(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Records a change (once per key) and queues whatever can now go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(NewChange c, DossierFacts facts) {
        lock(c.dossierCode());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (c.kind() == ChangeKind.DOSSIER) {
            em.createNativeQuery("""
                            INSERT INTO synced_dossier (code, agency_code, unit_id, procedure_code, time_limit_amount,
                                time_limit_unit, received_at, due_at, local_state, local_status, processing_agency, updated_at)
                            VALUES (:code, :agency, :unit, :proc, :amount, :unit_of_time, :received, :due, :state, :status, :agency, :now)
                            ON CONFLICT (code) DO NOTHING""")
                    .setParameter("code", c.dossierCode()).setParameter("agency", facts.agencyCode())
                    .setParameter("unit", facts.unitId()).setParameter("proc", facts.procedureCode())
                    .setParameter("amount", facts.timeLimitAmount()).setParameter("unit_of_time", facts.timeLimitUnit())
                    .setParameter("received", facts.receivedAt()).setParameter("due", facts.dueAt())
                    .setParameter("state", c.localState().name()).setParameter("status", c.localState().nationalStatusCode())
                    .setParameter("now", now).executeUpdate();
        }
        Tag waitsFor = c.waitsFor() != null ? c.waitsFor() : c.kind() == ChangeKind.DOSSIER ? null : Tag.DOSSIER;
        int inserted = em.createNativeQuery("""
                        INSERT INTO portal_change (dossier_code, kind, operation, idempotency_key, status_code, source,
                            local_state, due_at, clock_paused, processing_agency, tag, waits_for, waits_for_count,
                            occurred_at, enqueued_at, payload, state)
                        VALUES (:code, :kind, :op, :key, :status, :source, :state, :due, :paused, :holder, :tag, :waits,
                            :count, :at, :now, :payload, 'WAITING')
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .setParameter("code", c.dossierCode()).setParameter("kind", c.kind().name())
                .setParameter("op", c.kind().operation().portalName()).setParameter("key", c.key())
                .setParameter("status", c.localState().nationalStatusCode()).setParameter("source", c.source().name())
                .setParameter("state", c.localState().name())
                .setParameter("due", c.view() == null ? null : c.view().dueAt())
                .setParameter("paused", c.view() != null && c.view().paused())
                .setParameter("holder", c.view() == null ? null : c.view().processingAgency())
                .setParameter("tag", c.tag() == null ? null : c.tag().name())
                .setParameter("waits", waitsFor == null ? null : waitsFor.name())
                .setParameter("count", waitsFor == null ? null : Math.max(1, c.waitCount()))
                .setParameter("at", c.occurredAt()).setParameter("now", now).setParameter("payload", c.payload())
                .executeUpdate();
        if (inserted == 1) {
            queueWhatCanGo(c.dossierCode(), now);
        }
    }

    /** How many changes of a tag a dossier has recorded so far (waiting or not), to number the next one's wait. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recorded(String dossierCode, Tag tag) {
        lock(dossierCode);
        return ((Number) em.createNativeQuery("SELECT count(*) FROM portal_change WHERE dossier_code = :c AND tag = :t")
                .setParameter("c", dossierCode).setParameter("t", tag.name()).getSingleResult()).intValue();
    }

    private void queueWhatCanGo(String code, OffsetDateTime now) {
        boolean queuedOne = true;
        while (queuedOne) {
            queuedOne = false;
            @SuppressWarnings("unchecked")
            List<Object[]> waiting = em.createNativeQuery("""
                            SELECT w.id, w.source, w.waits_for, w.waits_for_count,
                                   (SELECT count(*) FROM portal_change q WHERE q.dossier_code = w.dossier_code
                                       AND q.tag = w.waits_for AND q.state <> 'WAITING') AS have
                            FROM portal_change w WHERE w.dossier_code = :c AND w.state = 'WAITING' ORDER BY w.id""")
                    .setParameter("c", code).getResultList();
            java.util.Set<String> blockedSources = new java.util.HashSet<>();
            for (Object[] w : waiting) {
                String source = (String) w[1];
                boolean satisfied = w[2] == null || ((Number) w[4]).intValue() >= ((Number) w[3]).intValue();
                if (!satisfied || blockedSources.contains(source)) {
                    blockedSources.add(source); // a stream's later change never overtakes its earlier one
                    continue;
                }
                queue(((Number) w[0]).longValue(), now);
                queuedOne = waiting.size() > 1; // others waited too: what it unblocks is read again, in order
                break;
            }
        }
    }

    private void queue(long id, OffsetDateTime now) {
        // one statement: the change takes the next seq, is due now only as the dossier's head (otherwise the
        // acknowledgement of the one before makes it due: any other unfinished change of the dossier is before it),
        // and the local view follows it (what the portal will hold once it has them all)
        em.createNativeQuery("""
                        WITH q AS (
                            UPDATE portal_change c SET state = 'PENDING', seq = nextval('portal_change_seq'),
                                next_attempt_at = CASE WHEN EXISTS (SELECT 1 FROM portal_change e
                                        WHERE e.dossier_code = c.dossier_code AND e.state IN ('PENDING', 'PARKED') AND e.id <> c.id)
                                    THEN NULL ELSE CAST(:now AS TIMESTAMPTZ) END
                            WHERE c.id = :id
                            RETURNING c.dossier_code, c.kind, c.local_state, c.status_code, c.due_at, c.clock_paused,
                                      c.processing_agency)
                        UPDATE synced_dossier d SET local_state = q.local_state, local_status = q.status_code,
                            due_at = COALESCE(q.due_at, d.due_at), clock_paused = q.clock_paused,
                            processing_agency = COALESCE(q.processing_agency, d.processing_agency), updated_at = :now
                        FROM q WHERE d.code = q.dossier_code AND q.kind IN ('STATUS', 'DOSSIER')""")
                .setParameter("id", id).setParameter("now", now).executeUpdate();
    }

    /** The per-dossier lock every writer of a dossier's order takes (the dispatcher's acknowledgement too). */
    public static void lock(EntityManager em, String code) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:c, 7))").setParameter("c", code).getSingleResult();
    }

    private void lock(String code) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:c, 7))").setParameter("c", code).getSingleResult();
    }
}
