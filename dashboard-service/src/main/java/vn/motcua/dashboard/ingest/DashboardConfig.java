package vn.motcua.dashboard.ingest;

import io.smallrye.config.ConfigMapping;

/** The read model's own settings: {@code motcua.dashboard.*}. */
@ConfigMapping(prefix = "motcua.dashboard")
public interface DashboardConfig {

    /**
     * The read model's generation (thế hệ dữ liệu tổng hợp). Raising it rebuilds the read model: the consumers join
     * new consumer groups (named after it), which read every topic from its beginning, and the first batch of the new
     * generation empties the tables and the inbox before it writes. Every replica must run the same value. Its
     * value is set once, in {@code application.properties}, where the consumer groups' names read it too.
     */
    long readModelGeneration();
}
