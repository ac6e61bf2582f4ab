package vn.motcua.processing.deadline;

import java.time.OffsetDateTime;
import vn.motcua.calendar.WorkingTimeCalculator;

/** How a step ended against its due time, as the control sheet records it: trước hạn, đúng hạn, quá hạn. */
public enum Timeliness {
    EARLY, ON_TIME, LATE;

    /** EARLY when done on an earlier (Vietnamese) day than due, ON_TIME up to the due time, LATE after; null if untimed. */
    public static Timeliness of(OffsetDateTime doneAt, OffsetDateTime dueAt) {
        if (dueAt == null) {
            return null;
        }
        if (doneAt.isAfter(dueAt)) {
            return LATE;
        }
        var doneDay = doneAt.withOffsetSameInstant(WorkingTimeCalculator.VIETNAM).toLocalDate();
        var dueDay = dueAt.withOffsetSameInstant(WorkingTimeCalculator.VIETNAM).toLocalDate();
        return doneDay.isBefore(dueDay) ? EARLY : ON_TIME;
    }
}
