package vn.motcua.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A computed due date (hạn giải quyết).
 *
 * @param countingStartsAt when the clock started (receipt moved to the next office moment or past the cut-off)
 * @param dueAt            the deadline, at +07:00
 * @param scheduleVersions the holiday-schedule versions the computation read, oldest year first
 */
public record DueDate(OffsetDateTime countingStartsAt, OffsetDateTime dueAt, List<String> scheduleVersions) {
}
