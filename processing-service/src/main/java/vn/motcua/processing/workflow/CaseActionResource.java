package vn.motcua.processing.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.processing.casefile.CaseView;
import vn.motcua.processing.casefile.CaseViews;

/**
 * Officers act on cases. Each action states its roles and scope in {@link CaseAction}: e.g. only the leader of the
 * case's agency assigns, only the assigned specialist submits for approval, only the co-processing agency returns a
 * transfer. Illegal transitions → 409 naming the allowed actions.
 */
@Path("/api/v1/cases/{dossierCode}/actions")
@Tag(name = "Cases")
public class CaseActionResource {

    private final CaseWorkflow workflow;
    private final CaseViews views;

    public CaseActionResource(CaseWorkflow workflow, CaseViews views) {
        this.workflow = workflow;
        this.views = views;
    }

    @POST
    @Path("/{action}")
    @RolesAllowed({Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER})
    @Operation(summary = "Apply an action (ASSIGN, START, REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT, REQUEST_PAYMENT, "
            + "CONFIRM_PAYMENT, SUSPEND, RESUME, TRANSFER, RETURN_TRANSFER, SUBMIT_FOR_APPROVAL, SEND_BACK, APPROVE, "
            + "REFUSE, RETURN_RESULT, WITHDRAW, STOP) to a case")
    public CaseView act(@PathParam("dossierCode") String dossierCode, @PathParam("action") String action,
                        @Valid ActionRequest request) {
        CaseAction a = parse(action);
        return views.of(workflow.apply(dossierCode, a, request), true);
    }

    static CaseAction parse(String action) {
        try {
            return CaseAction.valueOf(action.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("unknown-action", "Không có thao tác " + action, "No such action: " + action);
        }
    }
}
