package vn.motcua.platform.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The value of a {@code TIMESTAMPTZ} column of a native query as an {@link OffsetDateTime}, whatever type the driver
 * and Hibernate hand back (an {@code OffsetDateTime}, an {@code Instant}, a {@code Timestamp}, or text).
 */
public final class NativeColumns {

    private NativeColumns() {
    }

    /**
     * @param unzoned the offset given to a value that comes without one (an {@code Instant} or a {@code Timestamp})
     */
    public static OffsetDateTime time(Object column, ZoneOffset unzoned) {
        return switch (column) {
            case null -> null;
            case OffsetDateTime t -> t;
            case java.time.Instant i -> i.atOffset(unzoned);
            case java.sql.Timestamp ts -> ts.toInstant().atOffset(unzoned);
            default -> OffsetDateTime.parse(column.toString());
        };
    }

    /** As {@link #time(Object, ZoneOffset)}, an unzoned value in UTC. */
    public static OffsetDateTime time(Object column) {
        return time(column, ZoneOffset.UTC);
    }
}
