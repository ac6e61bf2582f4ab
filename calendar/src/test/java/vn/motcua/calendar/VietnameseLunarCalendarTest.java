package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    /** Published Vietnamese Tết dates (lunar 1/1), including years where the Chinese UTC+8 calendar differs. */
    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "1968,1968-01-29", // Tết Mậu Thân: Vietnam a day before China (1968-01-30)
            "1984,1984-02-02", "1985,1985-01-21", // 1985: Vietnam a month before China (1985-02-20)
            "1986,1986-02-09", "1987,1987-01-29", "1988,1988-02-17", "1989,1989-02-06",
            "1990,1990-01-27", "1991,1991-02-15", "1992,1992-02-04", "1993,1993-01-23", "1994,1994-02-10",
            "1995,1995-01-31", "1996,1996-02-19", "1997,1997-02-07", "1998,1998-01-28", "1999,1999-02-16",
            "2000,2000-02-05", "2001,2001-01-24", "2002,2002-02-12", "2003,2003-02-01", "2004,2004-01-22",
            "2005,2005-02-09", "2006,2006-01-29", "2007,2007-02-17", // 2007: China 2007-02-18
            "2008,2008-02-07", "2009,2009-01-26", "2010,2010-02-14", "2011,2011-02-03", "2012,2012-01-23",
            "2013,2013-02-10", "2014,2014-01-31", "2015,2015-02-19", "2016,2016-02-08", "2017,2017-01-28",
            "2018,2018-02-16", "2019,2019-02-05", "2020,2020-01-25", "2021,2021-02-12", "2022,2022-02-01",
            "2023,2023-01-22", "2024,2024-02-10", "2025,2025-01-29", "2026,2026-02-17", "2027,2027-02-06",
            "2028,2028-01-26", "2029,2029-02-13", "2030,2030-02-02", // 2030: China 2030-02-03
    })
    void tetMatchesPublishedDates(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.tet(year)).isEqualTo(expected);
        assertThat(VietnameseLunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(1, 1, year, false));
    }

    @ParameterizedTest(name = "Hùng Kings {0} = {1}")
    @CsvSource({"2020,2020-04-02", "2021,2021-04-21", "2022,2022-04-10", "2023,2023-04-29", "2024,2024-04-18",
            "2025,2025-04-07", "2026,2026-04-26", "2027,2027-04-16", "2028,2028-04-04", "2029,2029-04-23",
            "2030,2030-04-12"})
    void hungKingsDay(int year, LocalDate expected) {
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(10, 3, year, false))).contains(expected);
    }

    @Test
    void leapMonthsAreRecognised() {
        // 2023 had a leap 2nd month (tháng 2 nhuận) starting 2023-03-22; 2025 a leap 6th month from 2025-07-25.
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(1, 6, 2025, true));
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(1, 6, 2025, true))).contains(LocalDate.of(2025, 7, 25));
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(1, 5, 2025, true))).isEmpty();
    }

    @Test
    void roundTripsEveryDayOfTwoCenturies() {
        for (LocalDate d = LocalDate.of(1901, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
            LunarDate l = VietnameseLunarCalendar.toLunar(d);
            assertThat(VietnameseLunarCalendar.toSolar(l)).as("round trip of %s via %s", d, l).contains(d);
        }
    }

    @Test
    void rejectsYearsOutsideRange() {
        assertThatThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(1800, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
