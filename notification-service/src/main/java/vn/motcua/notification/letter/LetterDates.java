package vn.motcua.notification.letter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates as official letters print them, in Vietnamese time. */
public final class LetterDates {

    public static final ZoneOffset VIETNAM = vn.motcua.calendar.VietnamTime.OFFSET;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter PLACE_DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    private LetterDates() {
    }

    /** "17 giờ 00 phút, ngày 09/12/2026". */
    public static String time(OffsetDateTime t) {
        return TIME.format(t.withOffsetSameInstant(VIETNAM));
    }

    /** "25/11/2026". */
    public static String day(OffsetDateTime t) {
        return DAY.format(t.withOffsetSameInstant(VIETNAM));
    }

    /** The place-and-date line under the national motto: "Hà Nam, ngày 07 tháng 12 năm 2026". */
    public static String placeAndDate(String place, OffsetDateTime t) {
        return place + ", " + PLACE_DATE.format(t.withOffsetSameInstant(VIETNAM));
    }
}
