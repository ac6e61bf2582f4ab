package vn.motcua.processing.casefile;

import vn.motcua.platform.events.EventCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.events.contract.SupplementClockMode;
import vn.motcua.processing.workflow.CaseLifecycle;

/** Opens a case for a dossier intake accepted; the due date is the appointment date on the citizen's receipt. */
@ApplicationScoped
public class CaseOpening {

    private final Outbox outbox;
    private final CaseLifecycle lifecycle;
    private final Clock time;
    private final vn.motcua.processing.deadline.StepPlan plans;

    public CaseOpening(Outbox outbox, CaseLifecycle lifecycle, Clock time,
                       vn.motcua.processing.deadline.StepPlan plans) {
        this.outbox = outbox;
        this.lifecycle = lifecycle;
        this.time = time;
        this.plans = plans;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DossierAccepted accepted) {
        if (DossierCase.byDossierCode(accepted.dossierCode()).isPresent()) {
            return; // the same dossier announced twice under two event ids: one case only
        }
        OffsetDateTime now = OffsetDateTime.now(time);
        DossierCase c = new DossierCase();
        c.id = UUID.randomUUID();
        c.dossierCode = accepted.dossierCode();
        c.agencyCode = accepted.agencyCode();
        c.agencyName = accepted.agencyName();
        c.procedureCode = accepted.procedureCode();
        c.procedureName = accepted.procedureName();
        c.ruleSet = accepted.ruleSet();
        var applicant = accepted.applicant();
        c.applicantName = applicant.name();
        c.applicantType = applicant.type();
        c.applicantAddress = applicant.address();
        c.applicantPhone = applicant.phone();
        c.applicantEmail = applicant.email();
        c.channel = accepted.channel();
        c.resultReturnChannel = accepted.resultReturnChannel();
        c.submittedBy = accepted.submittedBy();
        c.receivedAt = accepted.receivedAt();
        c.countingStartsAt = accepted.countingStartsAt();
        c.timeLimitAmount = accepted.timeLimitAmount();
        c.timeLimitUnit = accepted.timeLimitUnit();
        c.supplementClockMode = accepted.supplementClockMode() == null ? SupplementClockMode.PAUSE : accepted.supplementClockMode();
        c.stepPlan = plans.encode(accepted.internalProcess());
        c.openedAt = now;
        lifecycle.open(c, accepted.appointmentAt(), "intake-service", now,
                "Tiếp nhận qua kênh " + accepted.channel() + " / received via " + accepted.channel());
        outbox.publish(EventCatalog.CASE_OPENED, c.dossierCode,
                new CaseOpened(c.dossierCode, c.agencyCode, c.procedureCode, c.state(),
                        c.state().nationalStatusCode(), c.openedAt, c.dueAt(), c.submittedBy));
    }
}
