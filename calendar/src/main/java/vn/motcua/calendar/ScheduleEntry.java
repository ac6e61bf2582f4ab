package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** One exception to the normal working week: a weekday off or a weekend day worked. */
public record ScheduleEntry(LocalDate date, DayKind kind, String reason) {
    public ScheduleEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.MAKE_UP_WORKING_DAY && !weekend) {
            throw new IllegalArgumentException(date + " is a weekday: only a Saturday or Sunday can be a make-up working day");
        }
        if (kind != DayKind.MAKE_UP_WORKING_DAY && weekend) {
            throw new IllegalArgumentException(date + " is a weekend day: list only weekdays off (the weekend is off anyway)");
        }
    }

    public boolean working() {
        return kind == DayKind.MAKE_UP_WORKING_DAY;
    }
}
