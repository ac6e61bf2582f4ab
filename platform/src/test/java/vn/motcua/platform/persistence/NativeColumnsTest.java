package vn.motcua.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NativeColumnsTest {

    static final Instant AT = Instant.parse("2026-12-03T02:30:00Z");
    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    @Test
    void every_type_a_driver_hands_back_is_the_same_instant() {
        assertThat(NativeColumns.time(null)).isNull();
        assertThat(NativeColumns.time(AT.atOffset(VN))).isEqualTo(AT.atOffset(VN));
        assertThat(NativeColumns.time(AT, VN)).isEqualTo(OffsetDateTime.parse("2026-12-03T09:30:00+07:00"));
        assertThat(NativeColumns.time(Timestamp.from(AT))).isEqualTo(AT.atOffset(ZoneOffset.UTC));
        assertThat(NativeColumns.time("2026-12-03T09:30:00+07:00").toInstant()).isEqualTo(AT);
    }
}
