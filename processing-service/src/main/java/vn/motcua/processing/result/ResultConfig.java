package vn.motcua.processing.result;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Signed results (kết quả giải quyết có chữ ký số): {@code motcua.result.*}. */
@ConfigMapping(prefix = "motcua.result")
public interface ResultConfig {

    /** The largest result PDF accepted (10 MB). */
    @WithDefault("10485760")
    long maxBytes();
}
