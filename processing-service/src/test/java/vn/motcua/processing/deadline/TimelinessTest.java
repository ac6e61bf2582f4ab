package vn.motcua.processing.deadline;

import vn.motcua.platform.events.contract.Timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The control sheet's trước hạn / đúng hạn / quá hạn, judged on Vietnamese calendar days. */
class TimelinessTest {

    static OffsetDateTime vn(String t) {
        return OffsetDateTime.parse(t + "+07:00");
    }

    @Test
    void earlierDayIsEarlySameDayIsOnTimeAfterIsLate() {
        OffsetDateTime due = vn("2026-11-26T11:00:00");
        assertThat(StepTimeliness.of(vn("2026-11-25T16:59:00"), due)).isEqualTo(Timeliness.EARLY);
        assertThat(StepTimeliness.of(vn("2026-11-26T07:01:00"), due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(StepTimeliness.of(vn("2026-11-26T11:00:00"), due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(StepTimeliness.of(vn("2026-11-26T11:00:01"), due)).isEqualTo(Timeliness.LATE);
        // 23:30 UTC on the 25th is already the 26th in Vietnam
        assertThat(StepTimeliness.of(OffsetDateTime.parse("2026-11-25T23:30:00Z"), due)).isEqualTo(Timeliness.ON_TIME);
        assertThat(StepTimeliness.of(vn("2026-11-26T12:00:00"), null)).isNull();
    }
}
