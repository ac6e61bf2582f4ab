package vn.motcua.processing.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Cases. Officers (counter, specialist, leader) see their agency's; the applicant who submitted sees their own;
 * admin and the dashboard account see all.
 */
@Path("/api/v1/cases")
@Tag(name = "Cases")
public class CaseResource {

    private final Caller caller;

    public CaseResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("/{dossierCode}")
    @Transactional
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.DASHBOARD})
    @Operation(summary = "A case and its control sheet, if the caller may see it")
    public CaseView get(@PathParam("dossierCode") String dossierCode) {
        DossierCase c = DossierCase.byDossierCode(dossierCode).orElseThrow(() -> ProblemException.notFound("unknown-case",
                "Chưa có hồ sơ " + dossierCode + " trong xử lý", "No case for dossier " + dossierCode));
        if (!visible(c)) {
            throw ProblemException.forbidden("Bạn không có quyền xem hồ sơ " + dossierCode, "You may not see dossier " + dossierCode);
        }
        return CaseView.of(c, CaseLogEntry.list("caseId = ?1 ORDER BY at, id", c.id));
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER})
    @Operation(summary = "The caller's agency worklist, earliest due first")
    public List<CaseView> worklist() {
        List<DossierCase> cases = DossierCase.find("agencyCode = ?1 ORDER BY dueAt", caller.requireAgency()).page(0, 200).list();
        return cases.stream().map(c -> CaseView.of(c, List.of())).toList();
    }

    private boolean visible(DossierCase c) {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.DASHBOARD)) {
            return true;
        }
        if (caller.hasAnyRole(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER)
                && caller.agency().filter(c.agencyCode::equals).isPresent()) {
            return true;
        }
        return c.submittedBy.equals(caller.username());
    }
}
