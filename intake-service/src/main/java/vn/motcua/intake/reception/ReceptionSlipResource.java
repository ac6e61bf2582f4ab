package vn.motcua.intake.reception;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.security.Roles;

/** Supplement requests and refusals at reception, by one-stop officers and postal staff. */
@Path("/api/v1/reception-slips")
@Tag(name = "Dossiers")
public class ReceptionSlipResource {

    /** A slip as issued. */
    public record SlipView(UUID id, vn.motcua.platform.events.contract.ReceptionSlipIssued.Kind kind, String receivingAgency, String procedureCode, int procedureVersion,
                           String applicantName, String items, String reason, String issuedBy, OffsetDateTime issuedAt) {
    }

    private final ReceptionSlips slips;

    public ReceptionSlipResource(ReceptionSlips slips) {
        this.slips = slips;
    }

    @POST
    @RolesAllowed({Roles.COUNTER_OFFICER, Roles.POSTAL_STAFF})
    @Operation(summary = "Issue a supplement request (what is missing, computed from the procedure) or a refusal at reception")
    @APIResponse(responseCode = "201", description = "The slip (form 02 or 03); notification-service renders it as a letter", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SlipView.class)))
    @APIResponse(responseCode = "409", description = "The dossier was already accepted or a slip issued for it")
    public Response issueReceptionSlip(@Valid @NotNull ReceptionSlips.SlipRequest request) {
        ReceptionSlip s = slips.issue(request);
        return Response.status(201).entity(new SlipView(s.id, s.kind, s.receivingAgency, s.procedureCode,
                s.procedureVersion, s.applicantName, s.items, s.reason, s.issuedBy, s.issuedAt)).build();
    }
}
