package vn.motcua.intake.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.motcua.intake.agency.Agency;
import vn.motcua.intake.calendar.CalendarConfig;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierReception;
import vn.motcua.intake.dossier.SubmitDossierRequest;
import vn.motcua.intake.procedure.Procedure;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Books, lists, cancels and receives home visits. A slot is one hour inside the agency's working time, booked at
 * least a working day ahead (configurable), with at most {@code motcua.home.per-slot} visits per agency and slot;
 * bookings of one agency are serialised on its row so the capacity holds under concurrent requests.
 */
@RequestScoped
public class HomeAppointments {

    private static final Duration SLOT = Duration.ofHours(1);

    private final Caller caller;
    private final CalendarConfig calendars;
    private final DossierReception reception;
    private final Clock clock;
    private final int perSlot;
    private final long leadMinutes;

    private final vn.motcua.intake.reception.CounterScope counters;

    public HomeAppointments(Caller caller, CalendarConfig calendars, DossierReception reception, Clock clock,
                            vn.motcua.intake.reception.CounterScope counters,
                            HomeVisitConfig config) {
        this.caller = caller;
        this.counters = counters;
        this.calendars = calendars;
        this.reception = reception;
        this.clock = clock;
        this.perSlot = config.perSlot();
        this.leadMinutes = vn.motcua.calendar.TimeLimit.workingDays(config.leadWorkingDays()).workingMinutes();
    }

    /** What a citizen books. */
    public record Booking(
            @NotBlank @Size(max = 32) String procedureCode,
            @NotBlank @Size(max = 300) String fullName,
            @NotBlank @Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "must be a Vietnamese phone number") String phone,
            @NotBlank @Size(max = 500) String address,
            @NotNull OffsetDateTime slotStart,
            @Size(max = 1000) String note) {
    }

    @Transactional
    public HomeAppointment book(Booking b) {
        Procedure procedure = Procedure.latest(b.procedureCode()).filter(p -> p.active).orElseThrow(() ->
                ProblemException.invalidField("procedureCode", "không có thủ tục đang tiếp nhận mã " + b.procedureCode(),
                        "no procedure accepting dossiers with code " + b.procedureCode()));
        Agency agency = Agency.findById(procedure.agencyCode, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime start = b.slotStart().withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET);
        var calc = calendars.forOfficeHours(agency.officeHours);
        if (calc.workingMinutesBetween(start, start.plus(SLOT)) != SLOT.toMinutes()) {
            throw ProblemException.invalidField("slotStart", "khung giờ phải nằm trọn trong giờ làm việc của ngày làm việc",
                    "the hour must lie within office hours on a working day");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (start.isBefore(calc.plusWorkingMinutes(now, leadMinutes))) {
            throw ProblemException.invalidField("slotStart", "cần đặt trước ít nhất " + leadMinutes / 60 + " giờ làm việc",
                    "book at least " + leadMinutes / 60 + " working hours ahead");
        }
        long taken = HomeAppointment.count("agencyCode = ?1 AND slotStart = ?2 AND status = vn.motcua.intake.home.HomeAppointment.Status.BOOKED", agency.code, start);
        if (taken >= perSlot) {
            throw ProblemException.conflict("slot-full", "Khung giờ này đã kín lịch, vui lòng chọn giờ khác",
                    "This slot is fully booked; choose another");
        }
        HomeAppointment h = new HomeAppointment();
        h.id = UUID.randomUUID();
        h.procedureCode = procedure.code;
        h.agencyCode = agency.code;
        h.bookedBy = caller.username();
        h.fullName = b.fullName().strip();
        h.phone = b.phone();
        h.address = b.address().strip();
        h.note = b.note();
        h.slotStart = start;
        h.slotEnd = start.plus(SLOT);
        h.status = HomeAppointment.Status.BOOKED;
        h.createdAt = now;
        h.updatedAt = now;
        h.persist();
        return h;
    }

    /** The caller's bookings (citizen) or their agency's (counter officer), soonest first. */
    public List<HomeAppointment> list(HomeAppointment.Status status) {
        String filter = status == null ? "" : " AND status = :status";
        var params = new java.util.HashMap<String, Object>();
        if (status != null) {
            params.put("status", status);
        }
        if (caller.hasRole(Roles.COUNTER_OFFICER)) {
            params.put("agency", caller.agency().orElse(""));
            return HomeAppointment.list("agencyCode = :agency" + filter + " ORDER BY slotStart", params);
        }
        params.put("me", caller.username());
        return HomeAppointment.list("bookedBy = :me" + filter + " ORDER BY slotStart", params);
    }

    @Transactional
    public HomeAppointment cancel(UUID id) {
        HomeAppointment h = visible(id); // the citizen who booked, or an officer of the agency
        open(h);
        h.status = HomeAppointment.Status.CANCELLED;
        h.updatedAt = OffsetDateTime.now(clock);
        return h;
    }

    /** The visiting officer receives the dossier: it belongs to the citizen who booked, its files are the officer's scans. */
    @Transactional
    public Dossier receive(UUID id, SubmitDossierRequest request) {
        HomeAppointment h = HomeAppointment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (h == null) {
            throw notFound(id);
        }
        if (!ofCallersAgency(h)) {
            throw ProblemException.forbidden("Chỉ cán bộ một cửa của cơ quan " + h.agencyCode + " tiếp nhận",
                    "Only one-stop officers of " + h.agencyCode + " receive it");
        }
        open(h);
        if (!h.procedureCode.equals(request.procedureCode())) {
            throw ProblemException.invalidField("procedureCode", "khác thủ tục đã đặt lịch " + h.procedureCode,
                    "differs from the booked procedure " + h.procedureCode);
        }
        Dossier d = reception.submit(request, Channel.HOME_APPOINTMENT, h.bookedBy, caller.username(), null).dossier();
        h.status = HomeAppointment.Status.RECEIVED;
        h.dossierCode = d.code;
        h.receivedBy = caller.username();
        h.updatedAt = OffsetDateTime.now(clock);
        return d;
    }

    private HomeAppointment visible(UUID id) {
        HomeAppointment h = HomeAppointment.findById(id);
        if (h == null) {
            throw notFound(id);
        }
        if (!h.bookedBy.equals(caller.username()) && !ofCallersAgency(h)) {
            throw ProblemException.forbidden("Bạn không có quyền với lịch hẹn này", "You may not act on this appointment");
        }
        return h;
    }

    /** The caller is a one-stop officer of a counter that receives for the agency the visit is booked with. */
    private boolean ofCallersAgency(HomeAppointment h) {
        return caller.hasRole(Roles.COUNTER_OFFICER)
                && caller.agency().filter(own -> counters.receivesFor(own, h.agencyCode)).isPresent();
    }

    private static void open(HomeAppointment h) {
        if (h.status != HomeAppointment.Status.BOOKED) {
            throw ProblemException.conflict("appointment-closed", "Lịch hẹn đã " + (h.status == HomeAppointment.Status.RECEIVED ? "được tiếp nhận" : "bị hủy"),
                    "The appointment is already " + h.status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("unknown-appointment", "Không có lịch hẹn " + id, "No appointment " + id);
    }
}
