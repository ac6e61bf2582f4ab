package vn.motcua.calendar;

/**
 * A statutory processing time limit (thời hạn giải quyết), in working days, working hours or calendar days.
 */
public record TimeLimit(long amount, Unit unit) {

    /** Longest limit accepted: no procedure takes more than a few years. */
    public static final long MAX_WORKING_DAYS = 1000;

    public enum Unit { WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS }

    public TimeLimit {
        if (unit == null) {
            throw new IllegalArgumentException("a time limit needs a unit");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + amount);
        }
        long max = unit == Unit.WORKING_HOURS ? MAX_WORKING_DAYS * 8 : MAX_WORKING_DAYS;
        if (amount > max) {
            throw new IllegalArgumentException("a time limit of " + amount + " " + unit + " is beyond " + max);
        }
    }

    public static TimeLimit workingDays(long n) {
        return new TimeLimit(n, Unit.WORKING_DAYS);
    }

    public static TimeLimit workingHours(long n) {
        return new TimeLimit(n, Unit.WORKING_HOURS);
    }

    public static TimeLimit calendarDays(long n) {
        return new TimeLimit(n, Unit.CALENDAR_DAYS);
    }

    /** Length in working minutes (only for working days and hours). */
    public long workingMinutes() {
        return switch (unit) {
            case WORKING_DAYS -> amount * OfficeHours.MINUTES_PER_WORKING_DAY;
            case WORKING_HOURS -> amount * 60;
            case CALENDAR_DAYS -> throw new IllegalStateException("calendar days are not working minutes");
        };
    }
}
