package vn.motcua.portalsync.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A timestamp column of a native query, whatever type the driver hands back. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime offset(Object o) {
        return switch (o) {
            case null -> null;
            case OffsetDateTime t -> t;
            case java.time.Instant i -> i.atOffset(ZoneOffset.UTC);
            case java.sql.Timestamp ts -> ts.toInstant().atOffset(ZoneOffset.UTC);
            default -> OffsetDateTime.parse(o.toString());
        };
    }
}
