package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days off and make-up days of one year for state offices, as announced by the Government (or, for a year
 * with no announcement yet, as computed from the Labour Code).
 *
 * @param version  identifies the data used, e.g. {@code 2026.1}; every due date reports the versions it used
 * @param source   where the data comes from (notice number, or "computed")
 * @param official true when it records the Government's announcement rather than a computation
 */
public record YearSchedule(int year, String version, String source, boolean official, List<ScheduleEntry> entries) {

    public YearSchedule {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a schedule needs a version");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (ScheduleEntry e : entries) {
            if (e.date().getYear() != year) {
                throw new IllegalArgumentException(e.date() + " is not in " + year);
            }
            if (!seen.add(e.date())) {
                throw new IllegalArgumentException(e.date() + " is listed twice");
            }
        }
        entries = entries.stream().sorted(Comparator.comparing(ScheduleEntry::date)).toList();
        source = source == null ? "" : source;
    }

    /**
     * Reads the shipped CSV form: {@code # version: …} and {@code # source: …} header comments, then
     * {@code yyyy-mm-dd,KIND,reason} lines.
     */
    public static YearSchedule parseCsv(int year, String text) {
        String version = null;
        String source = "";
        List<ScheduleEntry> entries = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith("version:")) {
                    version = c.substring("version:".length()).strip();
                } else if (c.startsWith("source:")) {
                    source = c.substring("source:".length()).strip();
                }
                continue;
            }
            String[] parts = line.split(",", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException("line " + lineNo + ": expected date,KIND,reason");
            }
            try {
                entries.add(new ScheduleEntry(LocalDate.parse(parts[0].strip()), DayKind.valueOf(parts[1].strip()),
                        parts.length > 2 ? parts[2].strip() : ""));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new YearSchedule(year, version, source, true, entries);
    }
}
