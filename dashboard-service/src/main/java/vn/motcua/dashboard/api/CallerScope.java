package vn.motcua.dashboard.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import vn.motcua.dashboard.indicator.Scope;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Which units a caller's tables cover. The provincial office (role {@code dashboard}) and administrators see every
 * agency, or the one they ask for with the agencies under it; a leader sees their own agency and those under it (a
 * district's communes), and is refused another.
 */
@RequestScoped
public class CallerScope {

    private final Caller caller;
    private final AgencyDirectory directory;

    public CallerScope(Caller caller, AgencyDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    public boolean province() {
        return caller.hasAnyRole(Roles.DASHBOARD, Roles.ADMIN);
    }

    /** @param agency the agency asked for, or null for all the caller may see */
    public Scope of(String agency) {
        if (agency != null && (agency.isBlank() || agency.length() > 40)) {
            throw ProblemException.invalidField("agency", "mã cơ quan không hợp lệ", "not an agency code");
        }
        if (province()) {
            return agency == null ? Scope.PROVINCE : new Scope(directory.withDescendants(agency));
        }
        String own = caller.requireAgency();
        Set<String> mine = directory.withDescendants(own);
        if (agency == null) {
            return new Scope(mine);
        }
        if (!mine.contains(agency)) {
            throw new ProblemException(403, "not-your-agency", "Không có quyền", "Forbidden",
                    "Lãnh đạo " + own + " chỉ xem số liệu của cơ quan mình và các đơn vị trực thuộc",
                    "A leader of " + own + " sees the figures of their own agency and the units under it", java.util.List.of());
        }
        return new Scope(directory.withDescendants(agency));
    }
}
