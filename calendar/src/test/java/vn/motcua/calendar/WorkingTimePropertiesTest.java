package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingTimePropertiesTest {

    private static final WorkingTimeCalculator CALC = new WorkingTimeCalculator(WorkingCalendar.shipped(), OfficeHours.DEFAULT);
    private static final OffsetDateTime BASE = OffsetDateTime.parse("2020-01-01T00:00+07:00");

    @Provide
    Arbitrary<OffsetDateTime> instants() {
        // any minute from 2020 to the end of 2027, so Tết, swaps and computed years all appear
        return Arbitraries.longs().between(0, 8L * 365 * 24 * 60).map(BASE::plusMinutes);
    }

    @Property(tries = 2000)
    void dueDateIsAlwaysInsideOfficeTimeOfAWorkingDay(@ForAll("instants") OffsetDateTime received,
                                                      @ForAll @IntRange(min = 1, max = 60) int days) {
        OffsetDateTime due = CALC.dueDate(received, TimeLimit.workingDays(days), null).dueAt();
        assertThat(CALC.calendar().isWorkingDay(due.toLocalDate())).as("due %s", due).isTrue();
        assertThat(due.toLocalTime()).isBetween(OfficeHours.DEFAULT.opening(), OfficeHours.DEFAULT.closing());
    }

    @Property(tries = 2000)
    void moreDaysNeverGiveAnEarlierDate(@ForAll("instants") OffsetDateTime received,
                                        @ForAll @IntRange(min = 0, max = 60) int days) {
        OffsetDateTime a = CALC.dueDate(received, TimeLimit.workingDays(days), null).dueAt();
        OffsetDateTime b = CALC.dueDate(received, TimeLimit.workingDays(days + 1), null).dueAt();
        assertThat(b).isAfter(a);
    }

    @Property(tries = 2000)
    void countedWorkingTimeEqualsTheLimit(@ForAll("instants") OffsetDateTime received,
                                          @ForAll @IntRange(min = 0, max = 400) int hours) {
        DueDate d = CALC.dueDate(received, TimeLimit.workingHours(hours), null);
        assertThat(CALC.workingMinutesBetween(d.countingStartsAt(), d.dueAt())).isEqualTo(hours * 60L);
    }

    @Property(tries = 2000)
    void pauseThenResumeNeverLosesTime(@ForAll("instants") OffsetDateTime received,
                                       @ForAll @IntRange(min = 1, max = 30) int days,
                                       @ForAll @IntRange(min = 0, max = 100) int pauseAfterPercent,
                                       @ForAll @IntRange(min = 0, max = 30 * 24 * 60) int pauseMinutes) {
        DueDate d = CALC.dueDate(received, TimeLimit.workingDays(days), null);
        long total = CALC.workingMinutesBetween(d.countingStartsAt(), d.dueAt());
        OffsetDateTime pausedAt = CALC.plusWorkingMinutes(d.countingStartsAt(), total * pauseAfterPercent / 100);
        OffsetDateTime resumedAt = pausedAt.plusMinutes(pauseMinutes);
        OffsetDateTime moved = CALC.extendByPause(d.dueAt(), pausedAt, resumedAt);
        long paused = CALC.workingMinutesBetween(pausedAt, resumedAt);
        // working time from start to the new due date = the limit + exactly the paused working time
        assertThat(CALC.workingMinutesBetween(d.countingStartsAt(), moved)).isEqualTo(total + paused);
        assertThat(moved).isAfterOrEqualTo(d.dueAt());
    }

    @Property(tries = 2000)
    void subtractingWorkingTimeIsTheInverseOfAddingIt(@ForAll("instants") OffsetDateTime t,
                                                      @ForAll @IntRange(min = 0, max = 30 * 8 * 60) int minutes) {
        OffsetDateTime earlier = CALC.minusWorkingMinutes(t, minutes);
        assertThat(earlier).isBeforeOrEqualTo(t);
        assertThat(CALC.workingMinutesBetween(earlier, t)).isEqualTo(minutes);
        assertThat(CALC.calendar().isWorkingDay(earlier.toLocalDate())).as("at %s", earlier).isTrue();
    }

    @Property(tries = 1000)
    void restartGivesTheFullLimitAgainFromResumption(@ForAll("instants") OffsetDateTime received,
                                                     @ForAll @IntRange(min = 1, max = 30) int days,
                                                     @ForAll @IntRange(min = 0, max = 30 * 24 * 60) int laterMinutes) {
        DueDate first = CALC.dueDate(received, TimeLimit.workingDays(days), null);
        OffsetDateTime resumed = received.plusMinutes(laterMinutes);
        DueDate again = CALC.restart(resumed, TimeLimit.workingDays(days));
        assertThat(CALC.workingMinutesBetween(again.countingStartsAt(), again.dueAt())).isEqualTo(days * 480L);
        assertThat(again.dueAt()).isAfterOrEqualTo(first.dueAt());
    }
}
