package vn.motcua.processing.casefile;

import jakarta.enterprise.context.RequestScoped;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Which cases the caller may see: officers those of their agency and those transferred to it (liên thông), the
 * applicant who submitted their own, admin and the dashboard account all.
 */
@RequestScoped
public class CaseAccess {

    private final Caller caller;

    public CaseAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean canSee(DossierCase c) {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.DASHBOARD)) {
            return true;
        }
        if (caller.hasAnyRole(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER)) {
            String agency = caller.agency().orElse(null);
            if (agency != null && (agency.equals(c.agencyCode) || agency.equals(c.partnerAgency()))) {
                return true;
            }
        }
        return c.submittedBy.equals(caller.username());
    }

    /**
     * The case, locked for the rest of the transaction: two officers acting on one case at once take turns, and the
     * second sees what the first did (its state, its version) instead of overwriting it.
     */
    public DossierCase visibleForUpdate(String dossierCode) {
        DossierCase c = DossierCase.lockedByDossierCode(dossierCode).orElseThrow(() -> ProblemException.notFound("unknown-case",
                        "Chưa có hồ sơ " + dossierCode + " trong xử lý", "No case for dossier " + dossierCode));
        if (!canSee(c)) {
            throw ProblemException.forbidden("Bạn không có quyền xem hồ sơ " + dossierCode, "You may not see dossier " + dossierCode);
        }
        return c;
    }

    /** The case with this dossier code, if the caller may see it; 404 or 403 problems otherwise. */
    public DossierCase visible(String dossierCode) {
        DossierCase c = DossierCase.byDossierCode(dossierCode).orElseThrow(() -> ProblemException.notFound("unknown-case",
                "Chưa có hồ sơ " + dossierCode + " trong xử lý", "No case for dossier " + dossierCode));
        if (!canSee(c)) {
            throw ProblemException.forbidden("Bạn không có quyền xem hồ sơ " + dossierCode, "You may not see dossier " + dossierCode);
        }
        return c;
    }
}
