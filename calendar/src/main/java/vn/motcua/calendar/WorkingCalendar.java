package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days state offices work (ngày làm việc): Monday–Friday, except the days off of each year's schedule, plus
 * its make-up Saturdays. Announced schedules override the Labour-Code computation year by year.
 *
 * <p>Immutable and thread-safe; a per-year lookup table makes {@link #isWorkingDay} an array read.
 */
public final class WorkingCalendar {

    /** Years shipped as official data in this library (resources {@code schedules/<year>.csv}). */
    public static final int FIRST_SHIPPED_YEAR = 2020;
    public static final int LAST_SHIPPED_YEAR = 2026;

    private final Map<Integer, YearSchedule> official;
    private final Map<Integer, YearTable> tables = new ConcurrentHashMap<>();

    private WorkingCalendar(Map<Integer, YearSchedule> official) {
        this.official = Map.copyOf(official);
    }

    /** A calendar with the given announced schedules; other years are computed from the Labour Code. */
    public static WorkingCalendar of(Collection<YearSchedule> schedules) {
        Map<Integer, YearSchedule> byYear = new TreeMap<>();
        for (YearSchedule s : schedules) {
            if (byYear.put(s.year(), s) != null) {
                throw new IllegalArgumentException("two schedules for " + s.year());
            }
        }
        return new WorkingCalendar(byYear);
    }

    /** The schedules shipped with the library (announced days off 2020..2026). */
    public static List<YearSchedule> shippedSchedules() {
        List<YearSchedule> list = new ArrayList<>();
        for (int y = FIRST_SHIPPED_YEAR; y <= LAST_SHIPPED_YEAR; y++) {
            try (InputStream in = WorkingCalendar.class.getResourceAsStream("schedules/" + y + ".csv")) {
                if (in == null) {
                    throw new IllegalStateException("missing shipped schedule " + y);
                }
                list.add(YearSchedule.parseCsv(y, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }

    public static WorkingCalendar shipped() {
        return of(shippedSchedules());
    }

    /** The schedule in force for a year: the announced one, else the computed one. */
    public YearSchedule schedule(int year) {
        YearSchedule s = official.get(year);
        return s != null ? s : StatutoryHolidays.forYear(year);
    }

    public boolean hasOfficialSchedule(int year) {
        return official.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        return table(date.getYear()).working[date.getDayOfYear() - 1];
    }

    public String scheduleVersion(int year) {
        return table(year).version;
    }

    /** The next working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code date} if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    private YearTable table(int year) {
        YearTable t = tables.get(year);
        if (t == null) {
            if (year < VietnameseLunarCalendar.MIN_YEAR || year > VietnameseLunarCalendar.MAX_YEAR) {
                throw new IllegalArgumentException("year " + year + " is outside the calendar's range");
            }
            t = tables.computeIfAbsent(year, y -> new YearTable(schedule(y)));
        }
        return t;
    }

    private static final class YearTable {
        final boolean[] working;
        final String version;

        YearTable(YearSchedule s) {
            LocalDate first = LocalDate.of(s.year(), 1, 1);
            working = new boolean[first.lengthOfYear()];
            for (int i = 0; i < working.length; i++) {
                DayOfWeek dow = first.plusDays(i).getDayOfWeek();
                working[i] = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
            }
            for (ScheduleEntry e : s.entries()) {
                working[e.date().getDayOfYear() - 1] = e.working();
            }
            version = s.version();
        }
    }
}
