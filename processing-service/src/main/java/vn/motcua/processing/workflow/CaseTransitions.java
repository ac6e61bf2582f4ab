package vn.motcua.processing.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.motcua.processing.casefile.CaseJournal;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.deadline.CaseClock;

/**
 * Moves a case to a new state with everything that goes with it, whoever asks (an officer, the signed-result upload,
 * intake's withdrawal event): the clock stops on entering a waiting state and resumes on leaving it, a final state
 * records its closing time, the new step gets its due time, and the control sheet and the event are written.
 */
@ApplicationScoped
public class CaseTransitions {

    private final CaseClock clock;
    private final CaseJournal journal;

    public CaseTransitions(CaseClock clock, CaseJournal journal) {
        this.clock = clock;
        this.journal = journal;
    }

    /**
     * A supplement received for a procedure whose rule is RESTART counts the whole limit again instead of extending
     * the due date, whoever brings it (an officer at the counter, or the applicant through intake).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(DossierCase c, CaseState to, String action, String actor, OffsetDateTime now, String comment) {
        boolean restartClock = CaseAction.RECEIVE_SUPPLEMENT.name().equals(action) && "RESTART".equals(c.supplementClockMode);
        if (restartClock) {
            comment = comment + " — tính lại thời hạn từ đầu / time limit restarted";
        }
        CaseState from = c.state;
        OffsetDateTime leftStepDue = c.stepDueAt;
        c.state = to;
        if (to.paused() && !from.paused()) {
            clock.pause(c, now);
        } else if (from.paused() && !to.paused()) {
            clock.resume(c, now, restartClock);
        }
        if (to.closed()) {
            c.closedAt = now;
        }
        clock.enterStep(c, now);
        journal.record(c, action, from, actor, now, comment, leftStepDue);
    }
}
