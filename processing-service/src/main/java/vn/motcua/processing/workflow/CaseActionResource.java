package vn.motcua.processing.workflow;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
 * transfer. Illegal transitions → 409 naming the allowed actions; the system's own rows (RECEIVE, SIGN_RESULT, APOLOGY,
 * RECEIVE_SUPPLEMENT_ONLINE, WITHDRAW_ONLINE) → 403, they happen only through their own paths.
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
    @Operation(summary = "Apply an officer's action (one of CaseAction: the lifecycle table's officer rows) to a case")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The case; ETag = its version",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "ETag", description = "the case's version: send it as If-Match with an action to act only on what was seen", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = vn.motcua.processing.casefile.CaseView.class)))
    @APIResponse(responseCode = "409", description = "The action is not allowed from the case's current state, or another officer changed the case meanwhile")
    @APIResponse(responseCode = "412", description = "If-Match names a version of the case that is no longer current: reload it (the problem says the current state)")
    @APIResponse(responseCode = "422", description = "A field the action needs is missing")
    public jakarta.ws.rs.core.Response applyCaseAction(@PathParam("dossierCode") String dossierCode, @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "the action, as the lifecycle table names it", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = CaseAction.class)) @PathParam("action") String action,
                                          @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch, @Valid ActionRequest request) {
        CaseAction a = parse(action);
        var c = workflow.apply(dossierCode, a, request, CaseVersions.fromIfMatch(ifMatch));
        return jakarta.ws.rs.core.Response.ok(views.of(c, true)).tag(CaseVersions.etag(c)).build();
    }

    static CaseAction parse(String action) {
        try {
            return CaseAction.valueOf(action.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("unknown-action", "Không có thao tác " + action, "No such action: " + action);
        }
    }
}
