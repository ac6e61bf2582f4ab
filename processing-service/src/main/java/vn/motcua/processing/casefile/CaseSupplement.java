package vn.motcua.processing.casefile;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.platform.events.contract.DossierSupplemented;
import vn.motcua.processing.workflow.CaseAction;
import vn.motcua.processing.workflow.ActionInputs;
import vn.motcua.processing.workflow.CaseLifecycle;

/**
 * Takes a case back when the applicant's supplement arrives through intake: the system's row
 * RECEIVE_SUPPLEMENT_ONLINE, with the same clock effect as the counter's RECEIVE_SUPPLEMENT (the clock resumes, or
 * restarts per the procedure), and the control sheet shows who brought it.
 */
@ApplicationScoped
public class CaseSupplement {

    private final CaseLifecycle lifecycle;

    public CaseSupplement(CaseLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DossierSupplemented s) {
        DossierCase c = DossierCase.byDossierCode(s.dossierCode()).orElse(null);
        if (c == null || !CaseAction.RECEIVE_SUPPLEMENT_ONLINE.allowedFrom(c.state())) {
            Log.warnf("supplement of %s ignored: the case is %s", s.dossierCode(), c == null ? "unknown" : c.state());
            return;
        }
        String files = String.join(", ", s.components().stream().map(x -> x.code()).toList());
        lifecycle.apply(c, CaseAction.RECEIVE_SUPPLEMENT_ONLINE, ActionInputs.NONE, s.submittedBy(), s.at(),
                "Bổ sung trực tuyến: " + files + (s.note() == null ? "" : " — " + s.note()));
    }
}
