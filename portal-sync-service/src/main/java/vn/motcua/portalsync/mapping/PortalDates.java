package vn.motcua.portalsync.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the portal's sync messages write them: {@code yyyyMMddHHmmss}, Vietnam time (Asia/Ho_Chi_Minh). */
public final class PortalDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PortalDates() {
    }

    /** null stays null (an optional date the portal leaves empty). */
    public static String format(OffsetDateTime t) {
        return t == null ? null : FORMAT.format(t.atZoneSameInstant(ZONE));
    }

    /** The portal's date back as an instant in Vietnam time; null for blank or malformed text. */
    public static OffsetDateTime parse(String s) {
        if (s == null || s.length() != 14) {
            return null;
        }
        try {
            return java.time.LocalDateTime.parse(s, FORMAT).atZone(ZONE).toOffsetDateTime();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
