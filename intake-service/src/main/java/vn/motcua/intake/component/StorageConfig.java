package vn.motcua.intake.component;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The content-addressed file store (kho tệp), one file per SHA-256: {@code motcua.storage.*}. */
@ConfigMapping(prefix = "motcua.storage")
public interface StorageConfig {

    /** Its directory; several replicas must share it (a network volume). */
    @WithDefault("data/files")
    Path dir();
}
