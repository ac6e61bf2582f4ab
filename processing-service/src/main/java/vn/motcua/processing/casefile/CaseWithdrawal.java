package vn.motcua.processing.casefile;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.DossierWithdrawn;
import vn.motcua.processing.workflow.CaseAction;
import vn.motcua.processing.workflow.CaseTransitions;

/** Closes a case the applicant withdrew through intake, if it has no result yet (then the withdrawal comes too late). */
@ApplicationScoped
public class CaseWithdrawal {

    private final CaseTransitions transitions;
    private final Clock time;

    public CaseWithdrawal(CaseTransitions transitions, Clock time) {
        this.transitions = transitions;
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
        c.outcomeReason = w.reason();
        transitions.move(c, CaseAction.WITHDRAW.to(), CaseAction.WITHDRAW.name(), w.withdrawnBy(), OffsetDateTime.now(time),
                "Người nộp rút hồ sơ: " + w.reason());
    }
}
