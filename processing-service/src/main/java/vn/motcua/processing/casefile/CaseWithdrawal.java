package vn.motcua.processing.casefile;

import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.CaseState;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.DossierWithdrawn;
import vn.motcua.processing.workflow.CaseAction;
import vn.motcua.processing.workflow.ActionInputs;
import vn.motcua.processing.workflow.CaseLifecycle;

/** Closes a case the applicant withdrew through intake, if it has no result yet (then the withdrawal comes too late). */
@ApplicationScoped
public class CaseWithdrawal {

    private final CaseLifecycle lifecycle;
    private final Clock time;
    private final vn.motcua.platform.outbox.Outbox outbox;

    public CaseWithdrawal(CaseLifecycle lifecycle, Clock time, vn.motcua.platform.outbox.Outbox outbox) {
        this.lifecycle = lifecycle;
        this.time = time;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DossierWithdrawn w) {
        DossierCase c = DossierCase.byDossierCode(w.dossierCode()).orElse(null);
        if (c == null || c.state() == CaseState.WITHDRAWN) {
            return;
        }
        if (!CaseAction.WITHDRAW_ONLINE.allowedFrom(c.state())) {
            // intake already showed the dossier as withdrawn: tell it, so that both end in the case's real state
            Log.infof("withdrawal of %s refused: the case is %s", c.dossierCode, c.state());
            outbox.publish(EventCatalog.CASE_WITHDRAWAL_REFUSED, c.dossierCode,
                    new vn.motcua.platform.events.contract.WithdrawalRefused(c.dossierCode, c.state(),
                            "Hồ sơ đã có quyết định giải quyết (" + c.state() + ") trước khi yêu cầu rút hồ sơ được xử lý; "
                                    + "hồ sơ tiếp tục được giải quyết", OffsetDateTime.now(time)));
            return;
        }
        lifecycle.apply(c, CaseAction.WITHDRAW_ONLINE, ActionInputs.reason(w.reason()), w.withdrawnBy(),
                OffsetDateTime.now(time), "Người nộp rút hồ sơ: " + w.reason());
    }
}
