package vn.motcua.processing.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The default internal process (quy trình nội bộ) for procedures that publish none: {@code motcua.process.*}. */
@ConfigMapping(prefix = "motcua.process")
public interface ProcessConfig {

    /** Each timed step's share of the processing time, in percent, as {@code STATE=percent,…}. */
    @WithDefault("RECEIVED=10,ASSIGNED=5,IN_PROCESS=50,AWAITING_APPROVAL=20,APPROVED=15")
    String stepShares();
}
