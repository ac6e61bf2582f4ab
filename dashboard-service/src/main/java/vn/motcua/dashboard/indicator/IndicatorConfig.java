package vn.motcua.dashboard.indicator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The province's scoring and follow-up settings: {@code motcua.indicators.*} (defaults in {@link Criterion}). */
@ConfigMapping(prefix = "motcua.indicators")
public interface IndicatorConfig {

    /** Target rate per criterion (0–1), where the province sets another than Decision 766's default. */
    Map<Criterion, Double> targets();

    /** Points per criterion, where the province weighs it otherwise. */
    Map<Criterion, Double> points();

    /** A dossier is near due (sắp đến hạn) this long before its due time, unless processing said so earlier. */
    @WithDefault("PT24H")
    Duration nearDue();

    default double target(Criterion c) {
        return targets().getOrDefault(c, c.defaultTarget());
    }

    default double points(Criterion c) {
        return points().getOrDefault(c, c.defaultPoints());
    }
}
