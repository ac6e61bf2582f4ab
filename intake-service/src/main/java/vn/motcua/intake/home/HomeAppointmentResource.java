package vn.motcua.intake.home;

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
                                  OffsetDateTime slotEnd, String status, String dossierCode, String receivedBy) {
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
    public Response book(@Valid @NotNull HomeAppointments.Booking booking) {
        return Response.status(201).entity(AppointmentView.of(appointments.book(booking))).build();
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER})
    @Operation(summary = "The caller's bookings (citizen) or their agency's (one-stop officer)")
    public List<AppointmentView> list(@QueryParam("status") String status) {
        return appointments.list(status).stream().map(AppointmentView::of).toList();
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER})
    @Operation(summary = "Cancel a booking (the citizen, or an officer of the agency)")
    public AppointmentView cancel(@PathParam("id") UUID id) {
        return AppointmentView.of(appointments.cancel(id));
    }

    @POST
    @Path("/{id}/dossier")
    @RolesAllowed(Roles.COUNTER_OFFICER)
    @Operation(summary = "Receive the dossier at the visit (one-stop officer of the agency); it belongs to the citizen who booked")
    public Response receive(@PathParam("id") UUID id, @Valid @NotNull SubmitDossierRequest request) {
        return Response.status(201).entity(DossierView.of(appointments.receive(id, request))).build();
    }
}
