package vn.motcua.processing.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.outbox.Outbox;

/** Opens a case for a dossier intake accepted; the due date is the appointment date on the citizen's receipt. */
@ApplicationScoped
public class CaseOpening {

    private final Outbox outbox;
    private final Clock clock;

    public CaseOpening(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DossierAccepted accepted) {
        if (DossierCase.byDossierCode(accepted.dossierCode()).isPresent()) {
            return; // the same dossier announced twice under two event ids: one case only
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        DossierCase c = new DossierCase();
        c.id = UUID.randomUUID();
        c.dossierCode = accepted.dossierCode();
        c.agencyCode = accepted.agencyCode();
        c.procedureCode = accepted.procedureCode();
        c.procedureName = accepted.procedureName();
        c.state = CaseState.RECEIVED;
        c.ruleSet = accepted.ruleSet();
        c.applicantName = accepted.applicant().name();
        c.submittedBy = accepted.submittedBy();
        c.receivedAt = accepted.receivedAt();
        c.countingStartsAt = accepted.countingStartsAt();
        c.dueAt = accepted.appointmentAt();
        c.openedAt = now;
        c.persist();

        CaseLogEntry log = new CaseLogEntry();
        log.caseId = c.id;
        log.at = now;
        log.actor = "intake-service";
        log.action = "RECEIVE";
        log.toState = c.state.name();
        log.comment = "Tiếp nhận qua kênh " + accepted.channel() + " / received via " + accepted.channel();
        log.persist();

        outbox.publish(Topics.PROCESSING_CASE_EVENTS, EventTypes.PROCESSING_SOURCE, EventTypes.CASE_OPENED, c.dossierCode,
                new CaseOpened(c.dossierCode, c.agencyCode, c.procedureCode, c.state.name(),
                        c.state.nationalStatusCode(), c.openedAt, c.dueAt, c.submittedBy));
    }
}
