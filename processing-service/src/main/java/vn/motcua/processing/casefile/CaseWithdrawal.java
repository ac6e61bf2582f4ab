package vn.motcua.processing.casefile;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.DossierWithdrawn;
import vn.motcua.processing.deadline.CaseClock;
import vn.motcua.processing.workflow.CaseAction;

/** Closes a case the applicant withdrew through intake, if it has no result yet (then the withdrawal comes too late). */
@ApplicationScoped
public class CaseWithdrawal {

    private final CaseClock clock;
    private final CaseJournal journal;
    private final Clock time;

    public CaseWithdrawal(CaseClock clock, CaseJournal journal, Clock time) {
        this.clock = clock;
        this.journal = journal;
        this.time = time;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DossierWithdrawn w) {
        DossierCase c = DossierCase.byDossierCode(w.dossierCode()).orElse(null);
        if (c == null || c.state == CaseState.WITHDRAWN) {
            return;
        }
        if (!CaseAction.WITHDRAW.allowedFrom(c.state)) {
            Log.warnf("withdrawal of %s ignored: the case is %s", c.dossierCode, c.state);
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(time);
        CaseState from = c.state;
        OffsetDateTime leftStepDue = c.stepDueAt;
        c.state = CaseState.WITHDRAWN;
        c.outcomeReason = w.reason();
        c.closedAt = now;
        c.pausedAt = null;
        clock.enterStep(c, now);
        journal.record(c, "WITHDRAW", from, w.withdrawnBy(), now, "Người nộp rút hồ sơ: " + w.reason(), leftStepDue);
    }
}
