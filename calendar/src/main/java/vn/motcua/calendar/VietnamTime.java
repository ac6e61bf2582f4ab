package vn.motcua.calendar;

import java.time.ZoneOffset;

/**
 * Vietnam's time: UTC+07:00 all year (no daylight saving since 1975), the offset of every date a one-stop office
 * prints or counts in. The one place it is written.
 */
public final class VietnamTime {

    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private VietnamTime() {
    }
}
