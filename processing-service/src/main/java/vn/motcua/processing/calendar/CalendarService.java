package vn.motcua.processing.calendar;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.platform.problem.ProblemException;

/**
 * The working calendar built from the schedules in the database. The shipped announcements (2020..2026) are
 * seeded on first start; after an admin change this replica reloads at once and the others within the refresh
 * interval.
 */
@ApplicationScoped
public class CalendarService {

    private final ScheduleStore store;
    private final vn.motcua.processing.agency.AgencyCopy agencies;
    private final Duration refresh;
    private final int minYear;
    private final int maxYear;
    private volatile Snapshot snapshot;
    private final Map<String, WorkingTimeCalculator> calculators = new ConcurrentHashMap<>();
    /** Office hours per agency, read once per refresh interval: calculators are asked for on every deadline figure. */
    private final Map<String, String> agencyHours = new ConcurrentHashMap<>();

    private record Snapshot(WorkingCalendar calendar, long loadedAtNanos) {
    }

    public CalendarService(ScheduleStore store, vn.motcua.processing.agency.AgencyCopy agencies,
                           CalendarConfig config) {
        this.store = store;
        this.agencies = agencies;
        this.refresh = config.refresh();
        this.minYear = config.minYear();
        this.maxYear = config.maxYear();
    }

    void onStart(@Observes StartupEvent ev) {
        for (YearSchedule s : WorkingCalendar.shippedSchedules()) {
            store.insertIfAbsent(s, "system:shipped-data");
        }
        reload();
    }

    public WorkingCalendar calendar() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAtNanos > refresh.toNanos()) {
            reload();
            s = snapshot;
        }
        return s.calendar;
    }

    public synchronized void reload() {
        snapshot = new Snapshot(WorkingCalendar.of(store.loadAll()), System.nanoTime());
        calculators.clear();
        agencyHours.clear();
    }

    /** A calculator for an agency's office hours; null agency means the default hours. */
    @Transactional
    public WorkingTimeCalculator calculator(String agencyCode) {
        WorkingCalendar cal = calendar();
        String hours = agencyCode == null ? null : officeHours(agencyCode);
        if (agencyCode != null && hours == null) {
            // a case of an agency whose profile never reached processing (an event from before the directory): the
            // statutory office hours rather than a stopped consumer or sweep
            Log.warnf("agency %s is not in the directory copy; default office hours used", agencyCode);
        }
        String key = (hours == null ? "default" : hours) + "@" + System.identityHashCode(cal);
        return calculators.computeIfAbsent(key, k -> new WorkingTimeCalculator(cal,
                hours == null ? OfficeHours.DEFAULT : OfficeHours.of(hours.split(","))));
    }

    /** Null for an agency not known yet (not cached, so it is found once learnt). */
    private String officeHours(String agencyCode) {
        return agencyHours.computeIfAbsent(agencyCode, this::readOfficeHours);
    }

    private String readOfficeHours(String agencyCode) {
        return agencies.officeHours(agencyCode).orElse(null);
    }

    /** Drops this replica's cached hours of an agency whose copy changed; the other replicas within the refresh. */
    void agencyChanged(@Observes vn.motcua.processing.agency.AgencyCopy.Changed changed) {
        agencyHours.remove(changed.code());
    }

    /** 400 for an agency processing does not know (an API caller named it). */
    @Transactional
    public void requireKnown(String agencyCode) {
        if (agencyCode != null && officeHours(agencyCode) == null) {
            throw ProblemException.invalidField("agency", "không có cơ quan mã " + agencyCode, "unknown agency " + agencyCode);
        }
    }

    public void checkYear(int year, String field) {
        if (year < minYear || year > maxYear) {
            throw ProblemException.invalidField(field, "năm " + year + " nằm ngoài dữ liệu lịch (" + minYear + "–" + maxYear + ")",
                    "year " + year + " is outside the calendar data (" + minYear + "–" + maxYear + ")");
        }
    }
}
