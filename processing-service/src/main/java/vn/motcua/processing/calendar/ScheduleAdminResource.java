package vn.motcua.processing.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/** The announced schedule of a year: read by anyone, replaced by an admin (audited). */
@Path("/api/v1/calendar/schedules")
@Tag(name = "Calendar")
public class ScheduleAdminResource {

    private final CalendarService calendars;
    private final ScheduleStore store;
    private final Caller caller;

    public ScheduleAdminResource(CalendarService calendars, ScheduleStore store, Caller caller) {
        this.calendars = calendars;
        this.store = store;
        this.caller = caller;
    }

    public record ScheduleView(int year, String version, String source, boolean official, List<CalendarResource.DayView> days) {
    }

    public record ScheduleInput(@NotBlank @Size(max = 40) String version, @NotBlank @Size(max = 1000) String source,
                                @NotNull List<@Valid @NotNull Day> days) {
        public record Day(@NotNull LocalDate date, @NotNull DayKind kind, @Size(max = 300) String reason) {
        }
    }

    @GET
    @Path("/{year}")
    @PermitAll
    @Operation(summary = "The schedule in force for a year (announced, or computed when none is loaded)")
    public ScheduleView getSchedule(@PathParam("year") int year) {
        calendars.checkYear(year, "year");
        YearSchedule s = calendars.calendar().schedule(year);
        return new ScheduleView(s.year(), s.version(), s.source(), s.official(),
                s.entries().stream().map(CalendarResource::view).toList());
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a year's announced schedule (admin; audited)")
    public ScheduleView replaceSchedule(@PathParam("year") int year, @Valid @NotNull ScheduleInput input) {
        calendars.checkYear(year, "year");
        YearSchedule s;
        try {
            s = new YearSchedule(year, input.version(), input.source(), true,
                    input.days().stream().map(d -> new ScheduleEntry(d.date(), d.kind(), d.reason())).toList());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("days", "lịch không hợp lệ: " + e.getMessage(), e.getMessage());
        }
        store.replace(s, caller.username());
        calendars.reload();
        return getSchedule(year);
    }

    @GET
    @Path("/{year}/audit")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who changed a year's schedule, when, from which version to which")
    public List<ScheduleStore.AuditRow> getScheduleAudit(@PathParam("year") int year) {
        return store.audit(year);
    }
}
