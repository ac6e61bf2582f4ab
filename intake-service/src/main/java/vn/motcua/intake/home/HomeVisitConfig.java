package vn.motcua.intake.home;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Home visits to receive a dossier (tiếp nhận tại nhà): {@code motcua.home.*}. */
@ConfigMapping(prefix = "motcua.home")
public interface HomeVisitConfig {

    /** Visits an agency can make in one one-hour slot. */
    @WithDefault("2")
    int perSlot();

    /** How far ahead, in the agency's working time, a slot must start (one working day). */
    @WithDefault("1")
    int leadWorkingDays();
}
