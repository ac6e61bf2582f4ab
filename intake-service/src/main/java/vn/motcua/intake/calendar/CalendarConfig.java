package vn.motcua.intake.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingTimeCalculator;

/** The working-day calendar used for appointment dates: the announced schedules shipped with the library. */
@ApplicationScoped
public class CalendarConfig {

    private final WorkingCalendar calendar = WorkingCalendar.shipped();
    private final Map<String, WorkingTimeCalculator> byOfficeHours = new ConcurrentHashMap<>();

    @Produces
    WorkingCalendar workingCalendar() {
        return calendar;
    }

    /** A calculator for an agency's office hours (e.g. {@code 07:00-11:30,13:30-17:00}). */
    public WorkingTimeCalculator forOfficeHours(String officeHours) {
        return byOfficeHours.computeIfAbsent(officeHours,
                h -> new WorkingTimeCalculator(calendar, OfficeHours.of(h.split(","))));
    }
}
