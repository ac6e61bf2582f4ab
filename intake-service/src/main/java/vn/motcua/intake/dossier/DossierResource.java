package vn.motcua.intake.dossier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import vn.motcua.platform.events.contract.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import vn.motcua.platform.paging.Cursor;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageLimit;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Dossier reception. Who sees what: an applicant their own dossiers, postal staff those they received, officers
 * (counter, specialist, leader) those of their agency, admin all.
 */
@Path("/api/v1/dossiers")
@Tag(name = "Dossiers")
public class DossierResource {

    private final DossierReception reception;
    private final Caller caller;

    @jakarta.inject.Inject
    DossierAccess access;

    public DossierResource(DossierReception reception, Caller caller) {
        this.reception = reception;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER})
    @Operation(summary = "Submit a dossier (citizen online, postal staff, counter officer). Idempotent with an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Received: the dossier with its code and appointment date",
            headers = @Header(name = "Location", description = "the new dossier, /api/v1/dossiers/{code}", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "200", description = "The same Idempotency-Key was sent before: the dossier received then",
            headers = @Header(name = "Location", description = "the dossier, /api/v1/dossiers/{code}", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "422", description = "Incomplete (a required component missing, a signature not valid) or the procedure not open to this channel")
    public Response submitDossier(@Valid @NotNull SubmitDossierRequest request,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ProblemException.invalidField("Idempotency-Key", "phải có từ 1 đến 100 ký tự", "must be 1 to 100 characters");
        }
        Channel channel = caller.hasRole(Roles.CITIZEN) ? Channel.ONLINE
                : caller.hasRole(Roles.POSTAL_STAFF) ? Channel.POSTAL : Channel.COUNTER;
        DossierReception.Outcome outcome = reception.submit(request, channel, caller.username(), idempotencyKey);
        DossierView view = DossierView.of(outcome.dossier());
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(UriBuilder.fromResource(DossierResource.class).path(view.code()).build())
                .entity(view).build();
    }

    /** Body of a withdrawal. */
    public record WithdrawalRequest(String reason) {
    }

    @jakarta.inject.Inject
    Withdrawals withdrawals;

    @POST
    @Path("/{code}/withdrawal")
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER})
    @Operation(summary = "The submitter withdraws the dossier (before a result); processing closes the case")
    @APIResponse(responseCode = "409", description = "The dossier already has a result or was already withdrawn")
    @APIResponse(responseCode = "200", description = "Withdrawn: the dossier as it stands now", content = @Content(mediaType = "application/json", schema = @Schema(implementation = DossierView.class)))
    public DossierView withdrawDossier(@PathParam("code") String code, WithdrawalRequest request) {
        return DossierView.of(withdrawals.withdraw(code, request == null ? null : request.reason()));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "One dossier, if the caller may see it")
    public DossierView getDossier(@PathParam("code") String code) {
        return DossierView.of(access.visible(code));
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The dossiers the caller may see, newest first, in keyset pages (limit, then cursor = next)")
    public Page<DossierView> listDossiers(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = PageLimit.of(limit);
        Cursor after = Cursor.read(cursor, 2);
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (caller.hasRole(Roles.ADMIN)) {
            // all of them
        } else if (caller.hasAnyRole(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER)) {
            q.append(" AND agencyCode = :agency");
            p.put("agency", caller.requireAgency());
        } else {
            q.append(" AND submittedBy = :me");
            p.put("me", caller.username());
        }
        if (after != null) {
            q.append(" AND ").append(after.afterTimeAndId("receivedAt", "id", true, p));
        }
        List<Dossier> found = Dossier.<Dossier>find(q + " ORDER BY receivedAt DESC, id DESC", p).page(0, size + 1).list();
        return Page.of(found, size, d -> Cursor.after(d.receivedAt, d.id), DossierView::of);
    }
}
