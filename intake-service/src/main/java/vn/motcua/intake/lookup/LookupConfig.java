package vn.motcua.intake.lookup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public status lookup (tra cứu hồ sơ): {@code motcua.lookup.*}. */
@ConfigMapping(prefix = "motcua.lookup")
public interface LookupConfig {

    /** Lookups a client address may make per minute on each replica. */
    @WithDefault("10")
    int perMinute();
}
