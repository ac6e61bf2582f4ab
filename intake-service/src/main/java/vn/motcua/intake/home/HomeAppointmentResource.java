package vn.motcua.intake.home;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.dossier.DossierView;
import vn.motcua.intake.dossier.SubmitDossierRequest;
import vn.motcua.platform.security.Roles;

/**
 * Home appointments: citizens book and see their own; one-stop officers see their agency's, cancel, and receive the
 * dossier at the visit.
 */
@Path("/api/v1/home-appointments")
@Tag(name = "Home appointments")
public class HomeAppointmentResource {

    /** A booking as shown to the citizen and the agency. */
    public record AppointmentView(UUID id, String procedureCode, String agencyCode, String bookedBy, String fullName,
                                  String phone, String address, String note, OffsetDateTime slotStart,
                                  OffsetDateTime slotEnd, HomeAppointment.Status status, String dossierCode, String receivedBy) {
        static AppointmentView of(HomeAppointment h) {
            return new AppointmentView(h.id, h.procedureCode, h.agencyCode, h.bookedBy, h.fullName, h.phone, h.address,
                    h.note, h.slotStart, h.slotEnd, h.status, h.dossierCode, h.receivedBy);
        }
    }

    private final HomeAppointments appointments;

    public HomeAppointmentResource(HomeAppointments appointments) {
        this.appointments = appointments;
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Book a one-hour home visit for a procedure (citizen)")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "The slot is taken or outside office hours")
    public Response bookHomeAppointment(@Valid @NotNull HomeAppointments.Booking booking) {
        return Response.status(201).entity(AppointmentView.of(appointments.book(booking))).build();
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER})
    @Operation(summary = "The caller's bookings (citizen) or their agency's (one-stop officer)")
    public List<AppointmentView> listHomeAppointments(@QueryParam("status") HomeAppointment.Status status) {
        return appointments.list(status).stream().map(AppointmentView::of).toList();
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER})
    @Operation(summary = "Cancel a booking (the citizen, or an officer of the agency)")
    @APIResponse(responseCode = "409", description = "The appointment is no longer booked")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentView.class)))
    public AppointmentView cancelHomeAppointment(@PathParam("id") UUID id) {
        return AppointmentView.of(appointments.cancel(id));
    }

    @POST
    @Path("/{id}/dossier")
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Operation(summary = "Receive the dossier at the visit (one-stop officer of the agency); it belongs to the citizen who booked")
    @APIResponse(responseCode = "201", description = "Received at the applicant's home: the dossier with its code",
            headers = @Header(name = "Location", description = "the new dossier, /api/v1/dossiers/{code}", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = vn.motcua.intake.dossier.DossierView.class)))
    @APIResponse(responseCode = "409", description = "The appointment is not booked")
    @APIResponse(responseCode = "422", description = "Incomplete dossier")
    public Response receiveHomeAppointmentDossier(@PathParam("id") UUID id, @Valid @NotNull SubmitDossierRequest request) {
        return Response.status(201).entity(DossierView.of(appointments.receive(id, request))).build();
    }
}
