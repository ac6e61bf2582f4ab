package vn.motcua.processing.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The working-day calendar (lịch làm việc, ngày nghỉ lễ): {@code motcua.calendar.*}. */
@ConfigMapping(prefix = "motcua.calendar")
public interface CalendarConfig {

    /** How long a replica uses its copy of the schedules before reading them again (another replica may change them). */
    @WithDefault("PT30S")
    Duration refresh();

    /** The first year the calendar answers for. */
    @WithDefault("2020")
    int minYear();

    /** The last year the calendar answers for. */
    @WithDefault("2099")
    int maxYear();
}
