package vn.motcua.processing.deadline;

import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.DeadlineStage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.StepOverdue;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.work.ClaimedBatches;
import vn.motcua.processing.apology.CaseApology;
import vn.motcua.processing.casefile.DossierCase;

/**
 * Finds cases that crossed into near-due or overdue, or whose current step ran out, and announces each crossing
 * exactly once.
 *
 * <p>Exactly once with several replicas: each batch locks the rows it takes ({@code FOR UPDATE SKIP LOCKED}), so two
 * replicas never look at the same case at once, and the announced stage is written in the same transaction as the
 * outbox event, so a case whose crossing was announced is not due for a look any more. Cost: only cases whose
 * {@code next_check_at} has passed are read, through a partial index; cases on time are never scanned.
 */
@ApplicationScoped
public class DeadlineSweep {

    static final int BATCH = 200;

    private final EntityManager em;
    private final CaseClock clock;
    private final Outbox outbox;
    private final ClaimedBatches batches;

    public DeadlineSweep(EntityManager em, CaseClock clock, Outbox outbox, ClaimedBatches batches) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.batches = batches;
    }

    @Scheduled(every = "${motcua.deadline.sweep-interval}", delayed = "${motcua.deadline.sweep-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** Runs batches until no case is due for a look; returns the number of cases looked at. */
    public int sweep() {
        return batches.drain("""
                SELECT id FROM dossier_case WHERE next_check_at <= :now
                ORDER BY next_check_at LIMIT :n FOR UPDATE SKIP LOCKED""", BATCH,
                (id, now) -> evaluate(em.find(DossierCase.class, id), now));
    }

    private void evaluate(DossierCase c, OffsetDateTime now) {
        if (!c.state().clockRunning()) {
            c.checkNextAt(null);
            return;
        }
        DeadlineStage announced = c.deadlineStage();
        DeadlineStage actual = clock.stageAt(c, now);
        boolean apologised = CaseApology.findById(c.id) != null;
        for (DeadlineStage s : DeadlineStage.values()) {
            if (s.ordinal() > announced.ordinal() && s.ordinal() <= actual.ordinal()) {
                outbox.publish(EventCatalog.CASE_DEADLINE_CROSSED, c.dossierCode, new DeadlineCrossed(c.dossierCode, c.agencyCode, c.procedureCode, c.procedureName,
                                s, c.state(), c.dueAt(), clock.apologyDeadline(c), apologised, c.assignee(), now));
            }
        }
        if (actual.ordinal() > announced.ordinal()) {
            c.stage(actual);
        }
        if (c.stepDueAt() != null && !c.stepOverdueNotified() && now.isAfter(c.stepDueAt())) {
            outbox.publish(EventCatalog.CASE_STEP_OVERDUE, c.dossierCode, new StepOverdue(c.dossierCode, c.agencyCode, c.state().name(), c.assignee(),
                            c.stepStartedAt(), c.stepDueAt(), c.dueAt(), now));
            c.stepOverdueAnnounced();
        }
        clock.reschedule(c);
    }
}
