package vn.motcua.dashboard.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.dashboard.readmodel.WorkingMinutes;

/**
 * Working minutes under the shipped holiday schedules and the agency's office hours (the default sessions when the
 * agency published none). A schedule an administrator edited in processing-service is not seen here: the averages
 * may then differ from processing's own by the edited days.
 */
@ApplicationScoped
public class CalendarMinutes implements WorkingMinutes {

    private final WorkingCalendar calendar = WorkingCalendar.shipped();
    private final Map<String, WorkingTimeCalculator> byHours = new ConcurrentHashMap<>();

    @Override
    public long between(String officeHours, OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        String key = officeHours == null || officeHours.isBlank() ? "" : officeHours;
        WorkingTimeCalculator calc = byHours.computeIfAbsent(key, k -> new WorkingTimeCalculator(calendar,
                k.isEmpty() ? OfficeHours.DEFAULT : OfficeHours.of(k.split(","))));
        return calc.workingMinutesBetween(from, to);
    }
}
