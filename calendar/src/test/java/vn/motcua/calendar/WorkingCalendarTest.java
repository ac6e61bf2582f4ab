package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.shipped();

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
            "2026-02-13,true", // Friday before Tết Bính Ngọ
            "2026-02-16,false", "2026-02-20,false", // Tết 2026
            "2026-02-23,true", // back to work
            "2026-01-02,false", "2026-01-10,true", // 2026 New Year swap: Fri 2/1 off, Sat 10/1 worked
            "2026-04-27,false", // Hùng Kings on Sunday 26/4 → Monday off
            "2026-08-22,true", "2026-08-31,false", "2026-09-01,false", "2026-09-02,false", "2026-09-03,true",
            "2025-04-26,true", "2025-05-02,false", // 2025 swap
            "2024-05-04,true", "2024-04-29,false", // 2024 swap
            "2023-05-02,false", "2023-05-03,false", "2023-09-04,false",
            "2022-01-03,false", "2021-05-03,false", "2020-01-23,false", "2020-09-03,true",
            "2026-11-24,true", // Tuesday, no holiday in the data
    })
    void announcedSchedules(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void everyShippedYearHasElevenStatutoryDaysAfter2021() {
        // Labour Code 2019: 11 holidays. Weekdays off minus weekend days worked is 11 in every year from 2021 on,
        // except where a holiday's compensatory day fell into the next year (never in 2021..2026).
        for (int y = 2021; y <= 2026; y++) {
            YearSchedule s = calendar.schedule(y);
            long off = s.entries().stream().filter(e -> !e.working()).count();
            long worked = s.entries().stream().filter(ScheduleEntry::working).count();
            assertThat(off - worked).as("net days off in %s", y).isEqualTo(11);
        }
    }

    @Test
    void yearsWithoutAnnouncementAreComputedFromTheLabourCode() {
        YearSchedule s2027 = calendar.schedule(2027);
        assertThat(s2027.official()).isFalse();
        assertThat(s2027.version()).isEqualTo("statutory-2027");
        // Tết 2027 is Sat 6 Feb: eve Fri 5 Feb, 1..4 Tết Sat..Tue → compensatory Wed 10 and Thu 11 Feb.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        long off = s2027.entries().stream().filter(e -> !e.working()).count();
        assertThat(off).isEqualTo(11);
    }

    @Test
    void computedScheduleAgreesWithAnnouncementsWhereNoSwapWasMade() {
        // 2022 was announced without swaps and with Tết eve + 4 days, as the computation does. (2023 shows why the
        // data must win: the Government gave 29 Chạp, Fri 20/1, instead of a compensatory Fri 27/1.)
        for (int y : new int[] {2022}) {
            assertThat(StatutoryHolidays.forYear(y).entries().stream().map(ScheduleEntry::date).toList())
                    .as("computed %s", y)
                    .containsExactlyInAnyOrderElementsOf(calendar.schedule(y).entries().stream().map(ScheduleEntry::date).toList());
        }
    }

    @Test
    void weekendsAreOffUnlessMadeUp() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() <= 2030; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && calendar.isWorkingDay(d)) {
                final LocalDate day = d;
                assertThat(calendar.schedule(d.getYear()).entries())
                        .as("%s is a worked weekend day, so it must be a listed make-up day", d)
                        .anyMatch(e -> e.working() && e.date().equals(day));
            }
        }
    }
}
