package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param day       1..30
 * @param month     1..12
 * @param year      the lunar year (the solar year in which it mostly falls)
 * @param leapMonth true for the intercalary month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {
    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new IllegalArgumentException("invalid lunar date " + day + "/" + month + "/" + year);
        }
    }
}
