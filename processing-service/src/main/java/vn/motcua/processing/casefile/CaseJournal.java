package vn.motcua.processing.casefile;

import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.events.contract.Timeliness;
import vn.motcua.processing.deadline.StepTimeliness;

/**
 * Writes what happened to a case: a control-sheet row (phiếu kiểm soát) and, in the same transaction, the
 * status-changed event for notification-service, dashboards and the national portal sync.
 */
@ApplicationScoped
public class CaseJournal {

    private final Outbox outbox;
    private final jakarta.persistence.EntityManager em;

    public CaseJournal(Outbox outbox, jakarta.persistence.EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    /**
     * @param from        the state before (null when opening)
     * @param leftStepDue due time of the step just left, for its timeliness (null if untimed)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DossierCase c, String action, CaseState from, String actor, OffsetDateTime at, String comment,
                       OffsetDateTime leftStepDue) {
        Timeliness timeliness = leftStepDue == null ? null : StepTimeliness.of(at, leftStepDue);
        CaseLogEntry log = new CaseLogEntry();
        log.caseId = c.id;
        log.at = at;
        log.actor = actor;
        log.action = action;
        log.fromState = from == null ? null : from.name();
        log.toState = c.state().name();
        log.comment = comment;
        log.stepDueAt = leftStepDue;
        log.timeliness = timeliness;
        log.persist();
        outbox.publish(EventCatalog.CASE_STATUS_CHANGED, c.dossierCode, new CaseStatusChanged(c.dossierCode, c.agencyCode, c.procedureCode,
                new CaseStatusChanged.Transition(action, from, c.state(), c.state().nationalStatusCode(), actor, at, comment),
                new CaseStatusChanged.Deadline(c.dueAt(), c.pausedAt() != null, c.stepDueAt(), log.timeliness),
                c.assignee(), c.partnerAgency(), c.submittedBy, results(c)));
    }

    /** The signed results the portal lists (giấy tờ kết quả), on the transitions that produce or hand them over. */
    private java.util.List<CaseStatusChanged.ResultRef> results(DossierCase c) {
        if (c.state() != CaseState.RESULT_READY && c.state() != CaseState.RETURNED) {
            return null;
        }
        // a projection: the entity would load every PDF's bytes
        return em.createQuery("""
                        SELECT r.fileName, r.sha256, r.signerName, r.signingTime FROM ResultDocument r
                        WHERE r.caseId = :c ORDER BY r.uploadedAt""", Object[].class)
                .setParameter("c", c.id).getResultStream()
                .map(r -> new CaseStatusChanged.ResultRef((String) r[0], (String) r[1], (String) r[2], (OffsetDateTime) r[3]))
                .toList();
    }
}
