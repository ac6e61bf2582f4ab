package vn.motcua.intake.supplement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.dossier.DossierView;
import vn.motcua.intake.rating.Ratings;
import vn.motcua.platform.security.Roles;

/** What the applicant does after reception: answer a supplement request, rate the service. */
@Path("/api/v1/dossiers/{code}")
@Tag(name = "Dossiers")
public class SupplementResource {

    private final Supplements supplements;
    private final Ratings ratings;

    public SupplementResource(Supplements supplements, Ratings ratings) {
        this.supplements = supplements;
        this.ratings = ratings;
    }

    @POST
    @Path("/supplement")
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER})
    @Operation(summary = "Bring what a supplement request asked for (submitter or one-stop officer); processing resumes the case")
    @APIResponse(responseCode = "409", description = "No supplement was requested for this dossier")
    @APIResponse(responseCode = "422", description = "What was brought does not complete the dossier")
    @APIResponse(responseCode = "200", description = "Received: processing resumes the case", content = @Content(mediaType = "application/json", schema = @Schema(implementation = vn.motcua.intake.dossier.DossierView.class)))
    public DossierView submitSupplement(@PathParam("code") String code, Supplements.SupplementRequest request) {
        return DossierView.of(supplements.supplement(code, request));
    }

    @POST
    @Path("/rating")
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER})
    @Operation(summary = "Rate the service (4 levels) once the result is returned; submitter only, once")
    @APIResponse(responseCode = "409", description = "Not returned yet, or already rated")
    @APIResponse(responseCode = "200", description = "Rated: the dossier with its rating", content = @Content(mediaType = "application/json", schema = @Schema(implementation = vn.motcua.intake.dossier.DossierView.class)))
    public DossierView rateDossier(@PathParam("code") String code, Ratings.RatingRequest request) {
        return DossierView.of(ratings.rate(code, request));
    }
}
