package vn.motcua.processing.apology;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.security.Roles;
import vn.motcua.processing.casefile.CaseView;
import vn.motcua.processing.casefile.CaseViews;

/** Leaders of the late agency apologise and set a new appointment date, once. */
@Path("/api/v1/cases/{dossierCode}/apology")
@Tag(name = "Cases")
public class ApologyResource {

    private final ApologyService apologies;
    private final CaseViews views;

    public ApologyResource(ApologyService apologies, CaseViews views) {
        this.apologies = apologies;
        this.views = views;
    }

    @POST
    @RolesAllowed(Roles.LEADER)
    @Operation(summary = "Apologise and set a new appointment date (at most once, by 1 working day before the due date)")
    @APIResponse(responseCode = "409", description = "Not late, already apologised, or past the time an apology may be issued")
    @APIResponse(responseCode = "200", description = "Apologised: the case with its new appointment date; the letter follows from notification-service", content = @Content(mediaType = "application/json", schema = @Schema(implementation = vn.motcua.processing.casefile.CaseView.class)))
    public CaseView issueApology(@PathParam("dossierCode") String dossierCode, @Valid @NotNull ApologyRequest request) {
        return views.of(apologies.issue(dossierCode, request), true);
    }
}
