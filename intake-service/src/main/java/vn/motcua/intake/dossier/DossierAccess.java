package vn.motcua.intake.dossier;

import jakarta.enterprise.context.RequestScoped;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/** Who may see a dossier: its submitter, officers of its agency, admin. */
@RequestScoped
public class DossierAccess {

    private final Caller caller;

    public DossierAccess(Caller caller) {
        this.caller = caller;
    }

    public boolean canSee(Dossier d) {
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (caller.hasAnyRole(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER)
                && caller.agency().filter(d.agencyCode::equals).isPresent()) {
            return true;
        }
        return d.submittedBy.equals(caller.username());
    }

    /** The dossier, or 404 / 403 problems. */
    public Dossier visible(String code) {
        Dossier d = Dossier.byCode(code).orElseThrow(() -> ProblemException.notFound("unknown-dossier",
                "Không có hồ sơ mã " + code, "No dossier with code " + code));
        if (!canSee(d)) {
            throw ProblemException.forbidden("Bạn không có quyền xem hồ sơ " + code, "You may not see dossier " + code);
        }
        return d;
    }
}
