package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds time limits to receipt times in Vietnamese working time, for one agency's office hours.
 *
 * <p>Rules (see FACTS.md, clock rules): everything is computed at +07:00; receipt before opening counts from
 * opening, in a break from the next session, after closing or on a day off from the next working morning; an
 * optional per-procedure cut-off (e.g. 15:00) starts the clock at the next working morning; working days are
 * 8 working hours each; calendar-day limits end at closing time, moved to the next working day when they land on a
 * day off. Thread-safe.
 */
public final class WorkingTimeCalculator {

    public static final ZoneOffset VIETNAM = vn.motcua.calendar.VietnamTime.OFFSET;

    private final WorkingCalendar calendar;
    private final OfficeHours hours;
    private final int[] sessionStart;
    private final int[] sessionEnd;
    private final long secondsPerDay;

    public WorkingTimeCalculator(WorkingCalendar calendar, OfficeHours hours) {
        this.calendar = calendar;
        this.hours = hours;
        int n = hours.sessions().size();
        sessionStart = new int[n];
        sessionEnd = new int[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sessionStart[i] = hours.sessions().get(i).start().toSecondOfDay();
            sessionEnd[i] = hours.sessions().get(i).end().toSecondOfDay();
            sum += sessionEnd[i] - sessionStart[i];
        }
        secondsPerDay = sum;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public OfficeHours officeHours() {
        return hours;
    }

    /** Due date of a limit counted from a receipt time, with an optional cut-off time (null for none). */
    public DueDate dueDate(OffsetDateTime receivedAt, TimeLimit limit, LocalTime cutOff) {
        LocalDateTime start = countingStart(local(receivedAt), cutOff);
        LocalDateTime due = switch (limit.unit()) {
            case WORKING_DAYS, WORKING_HOURS -> addWorkingSeconds(start, limit.workingMinutes() * 60);
            case CALENDAR_DAYS -> LocalDateTime.of(
                    calendar.workingDayOnOrAfter(start.toLocalDate().plusDays(limit.amount())), hours.closing());
        };
        return new DueDate(start.atOffset(VIETNAM), due.atOffset(VIETNAM), versions(start.getYear(), due.getYear()));
    }

    /** When the clock starts for a receipt at {@code receivedAt}. */
    public OffsetDateTime countingStart(OffsetDateTime receivedAt, LocalTime cutOff) {
        return countingStart(local(receivedAt), cutOff).atOffset(VIETNAM);
    }

    /** The deadline moved by a pause (the clock stopped from {@code pausedAt} to {@code resumedAt}). */
    public OffsetDateTime extendByPause(OffsetDateTime due, OffsetDateTime pausedAt, OffsetDateTime resumedAt) {
        long paused = workingSecondsBetween(local(pausedAt), local(resumedAt));
        return addWorkingSeconds(nextOfficeMoment(local(due)), paused).atOffset(VIETNAM);
    }

    /** Working minutes (office time on working days) between two instants; 0 if {@code to} is not after {@code from}. */
    public long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to) {
        return workingSecondsBetween(local(from), local(to)) / 60;
    }

    /** The instant reached after {@code minutes} of working time from {@code from}. */
    public OffsetDateTime plusWorkingMinutes(OffsetDateTime from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        return addWorkingSeconds(nextOfficeMoment(local(from)), minutes * 60).atOffset(VIETNAM);
    }

    /**
     * The latest instant from which {@code minutes} of working time reach {@code to}: e.g. the last moment to
     * apologise, one working day before a due date.
     */
    public OffsetDateTime minusWorkingMinutes(OffsetDateTime to, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative");
        }
        return subtractWorkingSeconds(previousOfficeMoment(local(to)), minutes * 60).atOffset(VIETNAM);
    }

    /**
     * Restart mode (tính lại từ đầu): once the dossier is complete again, the whole limit counts from the moment of
     * resumption, as from a new receipt without cut-off.
     */
    public DueDate restart(OffsetDateTime resumedAt, TimeLimit limit) {
        return dueDate(resumedAt, limit, null);
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t.withOffsetSameInstant(VIETNAM).toLocalDateTime();
    }

    private LocalDateTime countingStart(LocalDateTime received, LocalTime cutOff) {
        if (cutOff != null && calendar.isWorkingDay(received.toLocalDate())
                && !received.toLocalTime().isBefore(cutOff)) {
            return LocalDateTime.of(calendar.nextWorkingDay(received.toLocalDate()), hours.opening());
        }
        return nextOfficeMoment(received);
    }

    /** {@code t} if it is inside office time, else the start of the next office session. */
    LocalDateTime nextOfficeMoment(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        if (calendar.isWorkingDay(d)) {
            int s = t.toLocalTime().toSecondOfDay();
            for (int i = 0; i < sessionStart.length; i++) {
                if (s < sessionEnd[i]) {
                    return s >= sessionStart[i] ? t : LocalDateTime.of(d, LocalTime.ofSecondOfDay(sessionStart[i]));
                }
            }
        }
        return LocalDateTime.of(calendar.nextWorkingDay(d), hours.opening());
    }

    /** {@code t} if it is inside office time, else the end of the previous office session. */
    LocalDateTime previousOfficeMoment(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        if (calendar.isWorkingDay(d)) {
            int s = t.toLocalTime().toSecondOfDay();
            for (int i = sessionStart.length - 1; i >= 0; i--) {
                if (s > sessionStart[i]) {
                    return s <= sessionEnd[i] ? t : LocalDateTime.of(d, LocalTime.ofSecondOfDay(sessionEnd[i]));
                }
            }
        }
        LocalDate prev = d.minusDays(1);
        while (!calendar.isWorkingDay(prev)) {
            prev = prev.minusDays(1);
        }
        return LocalDateTime.of(prev, hours.closing());
    }

    private LocalDateTime subtractWorkingSeconds(LocalDateTime from, long seconds) {
        if (seconds == 0) {
            return from;
        }
        long remaining = seconds;
        LocalDate d = from.toLocalDate();
        int time = from.toLocalTime().toSecondOfDay();
        if (calendar.isWorkingDay(d)) {
            for (int i = sessionStart.length - 1; i >= 0; i--) {
                if (time > sessionStart[i]) {
                    int end = Math.min(time, sessionEnd[i]);
                    long avail = end - sessionStart[i];
                    if (remaining <= avail) {
                        return LocalDateTime.of(d, LocalTime.ofSecondOfDay(end - remaining));
                    }
                    remaining -= avail;
                }
            }
        }
        d = d.minusDays(1);
        while (true) {
            if (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            } else if (remaining > secondsPerDay) {
                remaining -= secondsPerDay;
                d = d.minusDays(1);
            } else {
                break;
            }
        }
        for (int i = sessionStart.length - 1; i >= 0; i--) {
            long avail = sessionEnd[i] - sessionStart[i];
            if (remaining <= avail) {
                return LocalDateTime.of(d, LocalTime.ofSecondOfDay(sessionEnd[i] - remaining));
            }
            remaining -= avail;
        }
        throw new IllegalStateException("unreachable: remaining " + remaining);
    }

    private LocalDateTime addWorkingSeconds(LocalDateTime from, long seconds) {
        if (seconds == 0) {
            return from;
        }
        long remaining = seconds;
        LocalDate d = from.toLocalDate();
        long nanos = from.toLocalTime().getNano();
        int time = from.toLocalTime().toSecondOfDay();
        // Rest of the first day.
        if (calendar.isWorkingDay(d)) {
            for (int i = 0; i < sessionStart.length; i++) {
                if (time < sessionEnd[i]) {
                    int begin = Math.max(time, sessionStart[i]);
                    long avail = sessionEnd[i] - begin;
                    if (remaining <= avail) {
                        return LocalDateTime.of(d, LocalTime.ofSecondOfDay(begin + remaining)).withNano((int) nanos);
                    }
                    remaining -= avail;
                }
            }
        }
        // Whole days, then the last one.
        d = d.plusDays(1);
        while (true) {
            if (!calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
            } else if (remaining > secondsPerDay) {
                remaining -= secondsPerDay;
                d = d.plusDays(1);
            } else {
                break;
            }
        }
        for (int i = 0; i < sessionStart.length; i++) {
            long avail = sessionEnd[i] - sessionStart[i];
            if (remaining <= avail) {
                return LocalDateTime.of(d, LocalTime.ofSecondOfDay(sessionStart[i] + remaining));
            }
            remaining -= avail;
        }
        throw new IllegalStateException("unreachable: remaining " + remaining);
    }

    private long workingSecondsBetween(LocalDateTime from, LocalDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long total = 0;
        for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            int lo = d.equals(from.toLocalDate()) ? from.toLocalTime().toSecondOfDay() : 0;
            int hi = d.equals(to.toLocalDate()) ? to.toLocalTime().toSecondOfDay() : 86_400;
            for (int i = 0; i < sessionStart.length; i++) {
                int a = Math.max(lo, sessionStart[i]);
                int b = Math.min(hi, sessionEnd[i]);
                if (b > a) {
                    total += b - a;
                }
            }
        }
        return total;
    }

    private List<String> versions(int fromYear, int toYear) {
        List<String> v = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            v.add(calendar.scheduleVersion(y));
        }
        return v;
    }
}
