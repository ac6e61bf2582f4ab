package vn.motcua.processing.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.VietnameseLunarCalendar;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.platform.problem.ProblemException;

/** Working-day arithmetic for anyone (public read): due dates, days off, lunar dates. */
@Path("/api/v1/calendar")
@Tag(name = "Calendar")
@PermitAll
public class CalendarResource {

    private final CalendarService calendars;

    public CalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    public record DueDateView(OffsetDateTime receivedAt, OffsetDateTime countingStartsAt, OffsetDateTime dueAt,
                              long amount, String unit, String agency, String scheduleVersion) {
    }

    @GET
    @Path("/due-date")
    @Operation(summary = "Due date of a time limit counted from a receipt time (exactly one of workingDays, workingHours, calendarDays)")
    public DueDateView computeDueDate(@QueryParam("receivedAt") String receivedAt,
                               @QueryParam("workingDays") String workingDays,
                               @QueryParam("workingHours") String workingHours,
                               @QueryParam("calendarDays") String calendarDays,
                               @QueryParam("agency") String agency,
                               @QueryParam("cutOff") String cutOff) {
        OffsetDateTime received = parseInstant(receivedAt);
        calendars.checkYear(received.getYear(), "receivedAt");
        TimeLimit limit = limit(number("workingDays", workingDays), number("workingHours", workingHours),
                number("calendarDays", calendarDays));
        LocalTime cut = parseTime(cutOff);
        calendars.requireKnown(agency);
        WorkingTimeCalculator calc = calendars.calculator(agency);
        DueDate due = calc.dueDate(received, limit, cut);
        calendars.checkYear(due.dueAt().getYear(), "receivedAt");
        return new DueDateView(received, due.countingStartsAt(), due.dueAt(), limit.amount(), limit.unit().name(),
                agency, String.join(",", due.scheduleVersions()));
    }

    public record DayView(LocalDate date, String kind, String reason) {
    }

    @GET
    @Path("/non-working-days")
    @Operation(summary = "Every weekday off and every weekend day worked in a year")
    public List<DayView> listNonWorkingDays(@QueryParam("year") Integer year) {
        if (year == null) {
            throw ProblemException.invalidField("year", "bắt buộc", "is required");
        }
        calendars.checkYear(year, "year");
        YearSchedule s = calendars.calendar().schedule(year);
        return s.entries().stream().map(CalendarResource::view).toList();
    }

    @GET
    @Path("/lunar")
    @Operation(summary = "The Vietnamese lunar date (UTC+7) of a solar date")
    public LunarDate toLunarDate(@QueryParam("date") String date) {
        if (date == null) {
            throw ProblemException.invalidField("date", "bắt buộc (yyyy-mm-dd)", "is required (yyyy-mm-dd)");
        }
        LocalDate d;
        try {
            d = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("date", "phải có dạng yyyy-mm-dd", "must look like yyyy-mm-dd");
        }
        if (d.getYear() < VietnameseLunarCalendar.MIN_YEAR || d.getYear() > VietnameseLunarCalendar.MAX_YEAR) {
            throw ProblemException.invalidField("date", "năm phải trong khoảng 1900–2199", "year must be within 1900–2199");
        }
        return VietnameseLunarCalendar.toLunar(d);
    }

    static DayView view(ScheduleEntry e) {
        return new DayView(e.date(), e.kind().name(), e.reason());
    }

    private static TimeLimit limit(Long workingDays, Long workingHours, Long calendarDays) {
        int given = (workingDays != null ? 1 : 0) + (workingHours != null ? 1 : 0) + (calendarDays != null ? 1 : 0);
        if (given != 1) {
            throw ProblemException.badRequest("time-limit", "Cần đúng một trong workingDays, workingHours, calendarDays",
                    "Give exactly one of workingDays, workingHours, calendarDays");
        }
        String field = workingDays != null ? "workingDays" : workingHours != null ? "workingHours" : "calendarDays";
        try {
            return workingDays != null ? TimeLimit.workingDays(workingDays)
                    : workingHours != null ? TimeLimit.workingHours(workingHours) : TimeLimit.calendarDays(calendarDays);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "phải từ 0 đến giới hạn cho phép (1000 ngày làm việc)",
                    e.getMessage());
        }
    }

    /** Query numbers are parsed here so that "abc" is a 400 problem, not the framework's 404. */
    private static Long number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "phải là số nguyên", "must be a whole number");
        }
    }

    private static OffsetDateTime parseInstant(String s) {
        if (s == null) {
            throw ProblemException.invalidField("receivedAt", "bắt buộc (ISO-8601 có múi giờ, ví dụ 2026-11-24T09:00+07:00)",
                    "is required (ISO-8601 with offset, e.g. 2026-11-24T09:00+07:00)");
        }
        try {
            return OffsetDateTime.parse(s.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("receivedAt", "phải theo ISO-8601 có múi giờ, ví dụ 2026-11-24T09:00+07:00",
                    "must be ISO-8601 with an offset, e.g. 2026-11-24T09:00+07:00");
        }
    }

    private static LocalTime parseTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("cutOff", "phải có dạng HH:mm", "must look like HH:mm");
        }
    }
}
