package vn.motcua.processing.casefile;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.platform.events.contract.DossierSupplemented;
import vn.motcua.processing.workflow.CaseAction;
import vn.motcua.processing.workflow.CaseTransitions;

/**
 * Takes a case back when the applicant's supplement arrives through intake: RECEIVE_SUPPLEMENT, as an officer at
 * the counter would, so the clock resumes (or restarts, per the procedure) and the control sheet shows who brought it.
 */
@ApplicationScoped
public class CaseSupplement {

    private final CaseTransitions transitions;

    public CaseSupplement(CaseTransitions transitions) {
        this.transitions = transitions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DossierSupplemented s) {
        DossierCase c = DossierCase.byDossierCode(s.dossierCode()).orElse(null);
        if (c == null || !CaseAction.RECEIVE_SUPPLEMENT.allowedFrom(c.state)) {
            Log.warnf("supplement of %s ignored: the case is %s", s.dossierCode(), c == null ? "unknown" : c.state);
            return;
        }
        String files = String.join(", ", s.components().stream().map(x -> x.code()).toList());
        transitions.move(c, CaseAction.RECEIVE_SUPPLEMENT.to(), CaseAction.RECEIVE_SUPPLEMENT.name(), s.submittedBy(),
                s.at(), "Bổ sung trực tuyến: " + files + (s.note() == null ? "" : " — " + s.note()));
    }
}
