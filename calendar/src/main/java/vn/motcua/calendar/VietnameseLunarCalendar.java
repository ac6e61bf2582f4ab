package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Optional;

/**
 * Solar ↔ lunar conversion for the Vietnamese calendar (âm lịch Việt Nam).
 *
 * <p>The Vietnamese calendar fixes new moons and solar terms at UTC+7, so it differs from the Chinese (UTC+8)
 * calendar in some years (e.g. Tết 1985, 2007, 2030). This follows the astronomical method published by Hồ Ngọc Đức
 * (after Jean Meeus, "Astronomical Algorithms"): months start on the day of the new moon, month 11 holds the winter
 * solstice, and in a 13-month year the first month without a major solar term is the leap month.
 *
 * <p>Valid for 1900..2199; stateless and thread-safe.
 */
public final class VietnameseLunarCalendar {

    /** Vietnam's time zone offset used by the official calendar, in hours. */
    public static final double TIME_ZONE = 7.0;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double EPOCH_NEW_MOON = 2415021.076998695;
    private static final double DR = Math.PI / 180;

    private VietnameseLunarCalendar() {
    }

    /** The lunar date of a solar (Gregorian) date. */
    public static LunarDate toLunar(LocalDate date) {
        checkRange(date.getYear());
        long dayNumber = julianDay(date);
        int k = (int) Math.floor((dayNumber - EPOCH_NEW_MOON) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        // The mean-month estimate of k can be one too high near a new moon (e.g. in 2054): step back until the
        // month starts on or before the day.
        while (monthStart > dayNumber) {
            monthStart = newMoonDay(k--);
        }
        int yy = date.getYear();
        long a11 = lunarMonth11(yy);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /**
     * The solar date of a lunar date, or empty when it does not exist (a leap month the year does not have, or
     * day 30 of a 29-day month).
     */
    public static Optional<LocalDate> toSolar(LunarDate lunar) {
        int year = lunar.year();
        checkRange(year);
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(year - 1);
            b11 = lunarMonth11(year);
        } else {
            a11 = lunarMonth11(year);
            b11 = lunarMonth11(year + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
        int off = lunar.month() - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                return Optional.empty();
            }
            if (lunar.leapMonth() || off >= leapOff) {
                off += 1;
            }
        } else if (lunar.leapMonth()) {
            return Optional.empty();
        }
        long monthStart = newMoonDay(k + off);
        LocalDate result = fromJulianDay(monthStart + lunar.day() - 1);
        // Reject day 30 of a 29-day month: it would already be the next month.
        return toLunar(result).equals(lunar) ? Optional.of(result) : Optional.empty();
    }

    /** Lunar new year's day (mùng 1 Tết) of the lunar year that starts in the given solar year. */
    public static LocalDate tet(int year) {
        return toSolar(new LunarDate(1, 1, year, false)).orElseThrow();
    }

    private static void checkRange(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
    }

    static long julianDay(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    static LocalDate fromJulianDay(long jd) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
    }

    /** Julian day number (local, UTC+7) of the k-th new moon after 1900-01-01. */
    private static long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Sun longitude sector (0..11, each 30°) at local midnight starting the given day. */
    private static int sunLongitudeSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The day the 11th lunar month (holding the winter solstice) starts, for the given solar year. */
    private static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset, in months after month 11, of the leap month of a 13-month year that starts at a11. */
    private static int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Julian date (UT) of the k-th new moon (Meeus, ch. 49, abridged). */
    private static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(DR * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(DR * (m - mpr)) + 0.0004 * Math.sin(DR * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(DR * (2 * f - m)) - 0.0006 * Math.sin(DR * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(DR * (2 * f - mpr)) + 0.0005 * Math.sin(DR * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** Apparent sun longitude in radians (0..2π) at the given Julian date (Meeus, ch. 25, low accuracy). */
    private static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) + 0.000290 * Math.sin(DR * 3 * m);
        double l = (l0 + dl) * DR;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }
}
