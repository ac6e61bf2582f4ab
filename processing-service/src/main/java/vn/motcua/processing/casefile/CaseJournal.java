package vn.motcua.processing.casefile;

import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.processing.deadline.Timeliness;

/**
 * Writes what happened to a case: a control-sheet row (phiếu kiểm soát) and, in the same transaction, the
 * status-changed event for notification-service, dashboards and the national portal sync.
 */
@ApplicationScoped
public class CaseJournal {

    private final Outbox outbox;

    public CaseJournal(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param from        the state before (null when opening)
     * @param leftStepDue due time of the step just left, for its timeliness (null if untimed)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DossierCase c, String action, CaseState from, String actor, OffsetDateTime at, String comment,
                       OffsetDateTime leftStepDue) {
        Timeliness timeliness = leftStepDue == null ? null : Timeliness.of(at, leftStepDue);
        CaseLogEntry log = new CaseLogEntry();
        log.caseId = c.id;
        log.at = at;
        log.actor = actor;
        log.action = action;
        log.fromState = from == null ? null : from.name();
        log.toState = c.state().name();
        log.comment = comment;
        log.stepDueAt = leftStepDue;
        log.timeliness = timeliness == null ? null : timeliness.name();
        log.persist();
        outbox.publish(EventCatalog.CASE_STATUS_CHANGED, c.dossierCode, new CaseStatusChanged(c.dossierCode, c.agencyCode, c.procedureCode,
                new CaseStatusChanged.Transition(action, from, c.state(), c.state().nationalStatusCode(), actor, at, comment),
                new CaseStatusChanged.Deadline(c.dueAt(), c.pausedAt() != null, c.stepDueAt(), log.timeliness),
                c.assignee(), c.partnerAgency(), c.submittedBy));
    }
}
