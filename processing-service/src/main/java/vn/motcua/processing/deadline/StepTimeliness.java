package vn.motcua.processing.deadline;

import java.time.OffsetDateTime;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.platform.events.contract.Timeliness;

/** Decides how a step ended against its due time ({@link Timeliness}: trước hạn, đúng hạn, quá hạn). */
public final class StepTimeliness {

    private StepTimeliness() {
    }

    /** EARLY when done on an earlier (Vietnamese) day than due, ON_TIME up to the due time, LATE after; null if untimed. */
    public static Timeliness of(OffsetDateTime doneAt, OffsetDateTime dueAt) {
        if (dueAt == null) {
            return null;
        }
        if (doneAt.isAfter(dueAt)) {
            return Timeliness.LATE;
        }
        var doneDay = doneAt.withOffsetSameInstant(WorkingTimeCalculator.VIETNAM).toLocalDate();
        var dueDay = dueAt.withOffsetSameInstant(WorkingTimeCalculator.VIETNAM).toLocalDate();
        return doneDay.isBefore(dueDay) ? Timeliness.EARLY : Timeliness.ON_TIME;
    }
}
