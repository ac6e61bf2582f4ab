package vn.motcua.processing.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Deadline warnings and the sweep that announces them (cảnh báo sắp đến hạn, quá hạn): {@code motcua.deadline.*}. */
@ConfigMapping(prefix = "motcua.deadline")
public interface DeadlineConfig {

    /**
     * Working hours before the due time at which a case becomes near due: 16 = two working days, so that the warning
     * comes before the last day on which an apology with a new date may still be issued.
     */
    @WithDefault("16")
    int nearDueWorkingHours();

    /** How often the sweep looks for cases whose stage changed. */
    @WithDefault("60s")
    String sweepInterval();

    /** How long after start-up the first sweep runs. */
    @WithDefault("15s")
    String sweepDelay();
}
