package vn.motcua.processing.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Apologies for late dossiers (văn bản xin lỗi, hẹn lại ngày trả kết quả): {@code motcua.apology.*}. */
@ConfigMapping(prefix = "motcua.apology")
public interface ApologyConfig {

    /**
     * An apology with a new date must be issued at least this many working hours before the due time: the one-stop
     * decrees (61/2018/NĐ-CP, and since 2025-07-01 118/2025/NĐ-CP) say at the latest one day before, read as one
     * working day = 8.
     */
    @WithDefault("8")
    int leadWorkingHours();

    /** Whether that limit refuses a later apology (a province may only warn). */
    @WithDefault("true")
    boolean enforceDeadline();
}
