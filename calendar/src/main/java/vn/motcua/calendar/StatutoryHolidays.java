package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Days off computed from the Labour Code 2019 (art. 111–112) for a year whose schedule the Government has not
 * announced yet: 1 Jan; Tết (the last day of the lunar year and the first four of the new one); Hùng Kings' day
 * (10/3 lunar); 30 Apr; 1 May; 2 Sep and one adjacent day. A holiday on a weekend gives a compensatory weekday
 * off after it. The announced schedule always wins over this estimate.
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    public static YearSchedule forYear(int year) {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = VietnameseLunarCalendar.tet(year);
        for (int i = -1; i <= 3; i++) {
            holidays.put(tet.plusDays(i), "Tết Nguyên đán");
        }
        LocalDate hungKings = VietnameseLunarCalendar.toSolar(new LunarDate(10, 3, year, false)).orElseThrow();
        holidays.put(hungKings, "Giỗ Tổ Hùng Vương");
        holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
        holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.put(nationalDay, "Quốc khánh");
        holidays.put(adjacentNationalDay(nationalDay), "Quốc khánh (ngày liền kề)");

        List<ScheduleEntry> entries = new ArrayList<>();
        java.util.Set<LocalDate> off = new java.util.HashSet<>(holidays.keySet());
        for (Map.Entry<LocalDate, String> h : holidays.entrySet()) {
            LocalDate d = h.getKey();
            if (d.getYear() != year) {
                continue; // Tết eve can fall on 31 Dec of the year before
            }
            if (isWeekend(d)) {
                LocalDate comp = d.plusDays(1);
                while (isWeekend(comp) || off.contains(comp)) {
                    comp = comp.plusDays(1);
                }
                off.add(comp);
                if (comp.getYear() == year) {
                    entries.add(new ScheduleEntry(comp, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù " + h.getValue()));
                }
            } else {
                entries.add(new ScheduleEntry(d, DayKind.HOLIDAY, h.getValue()));
            }
        }
        // Tết of the next lunar year may start in late January: its eve is then already in this year, handled above;
        // the eve of a Tết falling on 1 Jan of the next year is ignored (does not happen in 1900..2199).
        return new YearSchedule(year, "statutory-" + year, "computed from the Labour Code 2019 (no announcement loaded)",
                false, entries);
    }

    /** The adjacent day the Government usually picks so the break joins a weekend. */
    private static LocalDate adjacentNationalDay(LocalDate nationalDay) {
        DayOfWeek dow = nationalDay.getDayOfWeek();
        return dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
