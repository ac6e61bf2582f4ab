package vn.motcua.intake.component;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Uploaded files (thành phần hồ sơ): where they are kept and what is accepted, {@code motcua.upload.*}. */
@ConfigMapping(prefix = "motcua.upload")
public interface UploadConfig {

    /** The largest file accepted (10 MB). */
    @WithDefault("10485760")
    long maxBytes();

    /** An upload that no dossier claimed within this time is removed. */
    @WithDefault("PT24H")
    Duration stagedTtl();

    /** How often unclaimed uploads are looked for. */
    @WithDefault("1h")
    String cleanupInterval();

}
