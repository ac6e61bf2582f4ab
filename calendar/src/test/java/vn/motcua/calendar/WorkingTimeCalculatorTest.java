package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeCalculatorTest {

    private final WorkingTimeCalculator calc = new WorkingTimeCalculator(WorkingCalendar.shipped(), OfficeHours.DEFAULT);

    /** Golden cases, checked by hand against the announced schedules. */
    @ParameterizedTest(name = "{0} + {1} working days → {2}")
    @CsvSource({
            // plain week
            "2026-11-23T09:00+07:00, 1, 2026-11-24T09:00+07:00",
            "2026-11-23T09:00+07:00, 5, 2026-11-30T09:00+07:00",
            // receipt before opening, in the lunch break, after closing, on a Sunday
            "2026-11-23T06:15+07:00, 1, 2026-11-23T17:00+07:00",
            "2026-11-23T12:10+07:00, 1, 2026-11-24T11:30+07:00",
            "2026-11-23T17:30+07:00, 1, 2026-11-24T17:00+07:00",
            "2026-11-22T10:00+07:00, 2, 2026-11-24T17:00+07:00",
            // a receipt given in UTC is converted to +07:00 first (02:00Z = 09:00 local)
            "2026-11-23T02:00Z, 1, 2026-11-24T09:00+07:00",
            // across Tết Bính Ngọ 2026 (off 14/2-22/2): Thu 12/2 + 3 days skips the whole break
            "2026-02-12T10:00+07:00, 3, 2026-02-24T10:00+07:00",
            // across the 2026 New Year swap: Wed 31/12/2025 + 1 → Mon 5/1 (1/1, 2/1 off), Sat 10/1 is worked
            "2025-12-31T08:00+07:00, 1, 2026-01-05T08:00+07:00",
            "2025-12-31T08:00+07:00, 2, 2026-01-06T08:00+07:00",
            "2026-01-09T08:00+07:00, 1, 2026-01-10T08:00+07:00",
            // across 2 Sep 2026 (Sat 22/8 worked, 29/8-2/9 off)
            "2026-08-21T14:00+07:00, 1, 2026-08-22T14:00+07:00",
            "2026-08-28T14:00+07:00, 1, 2026-09-03T14:00+07:00",
            // across 30/4-1/5/2025 with Sat 26/4 worked and Fri 2/5 off
            "2025-04-25T09:00+07:00, 1, 2025-04-26T09:00+07:00",
            "2025-04-29T09:00+07:00, 1, 2025-05-05T09:00+07:00",
            // Tết Giáp Thìn 2024 (8/2-14/2)
            "2024-02-07T16:00+07:00, 1, 2024-02-15T16:00+07:00",
            // 15 working days across Tết 2026
            "2026-02-02T08:00+07:00, 15, 2026-03-02T08:00+07:00",
    })
    void workingDays(OffsetDateTime received, int days, OffsetDateTime expected) {
        DueDate due = calc.dueDate(received, TimeLimit.workingDays(days), null);
        assertThat(due.dueAt()).isEqualTo(expected);
        assertThat(due.dueAt().getOffset()).isEqualTo(WorkingTimeCalculator.VIETNAM);
    }

    @Test
    void workingHoursCrossTheLunchBreak() {
        DueDate due = calc.dueDate(OffsetDateTime.parse("2026-11-23T10:30+07:00"), TimeLimit.workingHours(2), null);
        assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T14:30+07:00"));
    }

    @Test
    void cutOffStartsTheClockOnTheNextWorkingDay() {
        OffsetDateTime received = OffsetDateTime.parse("2026-11-27T15:20+07:00"); // Friday after 15:00
        DueDate due = calc.dueDate(received, TimeLimit.workingDays(1), LocalTime.of(15, 0));
        assertThat(due.countingStartsAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T07:00+07:00"));
        assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T17:00+07:00"));
        DueDate before = calc.dueDate(OffsetDateTime.parse("2026-11-27T14:59+07:00"), TimeLimit.workingDays(1), LocalTime.of(15, 0));
        assertThat(before.countingStartsAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T14:59+07:00"));
    }

    @Test
    void calendarDaysEndAtClosingOnAWorkingDay() {
        // 10 calendar days from Wed 11/2/2026 is Sat 21/2, inside Tết → Mon 23/2 at closing.
        DueDate due = calc.dueDate(OffsetDateTime.parse("2026-02-11T09:00+07:00"), TimeLimit.calendarDays(10), null);
        assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-02-23T17:00+07:00"));
    }

    @Test
    void reportsTheScheduleVersionsItUsed() {
        DueDate due = calc.dueDate(OffsetDateTime.parse("2026-12-28T09:00+07:00"), TimeLimit.workingDays(10), null);
        assertThat(due.scheduleVersions()).containsExactly("2026.1", "statutory-2027");
    }

    @Test
    void pauseMovesTheDueDateByThePausedWorkingTime() {
        OffsetDateTime due = OffsetDateTime.parse("2026-11-27T09:00+07:00");
        // paused Mon 23/11 13:30 → resumed Tue 24/11 13:30 = one working day
        OffsetDateTime moved = calc.extendByPause(due, OffsetDateTime.parse("2026-11-23T13:30+07:00"),
                OffsetDateTime.parse("2026-11-24T13:30+07:00"));
        assertThat(moved).isEqualTo(OffsetDateTime.parse("2026-11-30T09:00+07:00"));
    }

    @Test
    void severalPausesAddUp() {
        DueDate d = calc.dueDate(OffsetDateTime.parse("2026-11-23T08:00+07:00"), TimeLimit.workingDays(5), null);
        assertThat(d.dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T08:00+07:00"));
        // supplement: Tue 24/11 08:00 → Wed 25/11 08:00 (1 day); payment: Thu 26/11 13:30 → 15:30 (2 h)
        OffsetDateTime afterFirst = calc.extendByPause(d.dueAt(), OffsetDateTime.parse("2026-11-24T08:00+07:00"),
                OffsetDateTime.parse("2026-11-25T08:00+07:00"));
        OffsetDateTime afterSecond = calc.extendByPause(afterFirst, OffsetDateTime.parse("2026-11-26T13:30+07:00"),
                OffsetDateTime.parse("2026-11-26T15:30+07:00"));
        assertThat(afterFirst).isEqualTo(OffsetDateTime.parse("2026-12-01T08:00+07:00"));
        assertThat(afterSecond).isEqualTo(OffsetDateTime.parse("2026-12-01T10:00+07:00"));
    }

    @Test
    void restartCountsTheWholeLimitAgainFromResumption() {
        // complete again Fri 13/2/2026 16:00, last afternoon before Tết (off 14-22/2): 1 h, then Mon 23/2 8 h, Tue 7 h
        DueDate again = calc.restart(OffsetDateTime.parse("2026-02-13T16:00+07:00"), TimeLimit.workingDays(2));
        assertThat(again.dueAt()).isEqualTo(OffsetDateTime.parse("2026-02-24T16:00+07:00"));
    }

    @Test
    void oneWorkingDayBeforeADueDateSkipsTetAndWeekends() {
        // due Tue 24/2/2026 09:00; one working day earlier is Mon 23/2 09:00; two is Fri 13/2 09:00 (Tết 14-22/2)
        OffsetDateTime due = OffsetDateTime.parse("2026-02-24T09:00+07:00");
        assertThat(calc.minusWorkingMinutes(due, 480)).isEqualTo(OffsetDateTime.parse("2026-02-23T09:00+07:00"));
        assertThat(calc.minusWorkingMinutes(due, 960)).isEqualTo(OffsetDateTime.parse("2026-02-13T09:00+07:00"));
        // from the lunch break, time runs back from 11:30
        assertThat(calc.minusWorkingMinutes(OffsetDateTime.parse("2026-11-25T12:00+07:00"), 30))
                .isEqualTo(OffsetDateTime.parse("2026-11-25T11:00+07:00"));
    }

    @Test
    void customOfficeHours() {
        WorkingTimeCalculator longer = new WorkingTimeCalculator(WorkingCalendar.shipped(), OfficeHours.of("08:00-12:00", "13:00-17:00"));
        DueDate due = longer.dueDate(OffsetDateTime.parse("2026-11-23T12:30+07:00"), TimeLimit.workingHours(3), null);
        assertThat(due.countingStartsAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T13:00+07:00"));
        assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T16:00+07:00"));
    }

    @Test
    void rejectsAbsurdLimits() {
        assertThatThrownBy(() -> TimeLimit.workingDays(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeLimit.workingDays(100_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeHours.of("11:00-10:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
