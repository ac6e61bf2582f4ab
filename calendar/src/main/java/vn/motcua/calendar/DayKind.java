package vn.motcua.calendar;

/** How a date departs from the normal Monday–Friday working week of state offices. */
public enum DayKind {
    /** Public holiday (ngày nghỉ lễ, tết) on a weekday. */
    HOLIDAY,
    /** Weekday off to compensate a holiday on a weekend, or swapped with a make-up Saturday (nghỉ bù / hoán đổi). */
    COMPENSATORY_DAY_OFF,
    /** Weekend day worked in exchange for a swapped weekday (ngày làm bù). */
    MAKE_UP_WORKING_DAY
}
