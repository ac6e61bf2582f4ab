package vn.motcua.dashboard.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.platform.problem.ProblemException;

/**
 * The period of a table (kỳ báo cáo): {@code period=2026} (year), {@code 2026-Q4} (quarter), {@code 2026-11} (month),
 * or {@code from}/{@code to} (a custom range, both days included). Without any: the current year so far.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest range a table answers: a province's longest useful comparison. */
    static final int MAX_DAYS = 3 * 366;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

    public static Period of(String period, LocalDate from, LocalDate to, LocalDate today) {
        if (period != null && (from != null || to != null)) {
            throw ProblemException.invalidField("period", "chọn kỳ báo cáo hoặc khoảng từ ngày – đến ngày, không cả hai",
                    "give either period or from/to, not both");
        }
        if (period != null) {
            Matcher m;
            if ((m = YEAR.matcher(period)).matches()) {
                int y = year(m.group(1));
                return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if ((m = QUARTER.matcher(period)).matches()) {
                int y = year(m.group(1));
                int q = Integer.parseInt(m.group(2));
                LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
                return new Period(start, start.plusMonths(3).minusDays(1));
            }
            if ((m = MONTH.matcher(period)).matches()) {
                YearMonth ym = YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2)));
                return new Period(ym.atDay(1), ym.atEndOfMonth());
            }
            throw ProblemException.invalidField("period", "kỳ báo cáo có dạng 2026, 2026-Q4 hoặc 2026-11",
                    "period is a year (2026), a quarter (2026-Q4) or a month (2026-11)");
        }
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : (from != null ? start.plusYears(1).minusDays(1) : today);
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "đến ngày phải không trước từ ngày", "to must not be before from");
        }
        if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
            throw ProblemException.invalidField("to", "khoảng thời gian tối đa " + MAX_DAYS + " ngày",
                    "the range is at most " + MAX_DAYS + " days");
        }
        return new Period(start, end);
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        if (year < 2000 || year > 2199) {
            throw ProblemException.invalidField("period", "năm trong khoảng 2000–2199", "a year in 2000–2199");
        }
        return year;
    }
}
