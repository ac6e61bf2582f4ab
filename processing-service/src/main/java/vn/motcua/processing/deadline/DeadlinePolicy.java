package vn.motcua.processing.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import vn.motcua.platform.events.contract.CaseState;

/**
 * The configurable parts of the deadline rules.
 * <ul>
 * <li>near-due threshold, in working hours before the due time (default 16 = 2 working days, so the warning comes
 * before the last day on which an apology may still be issued);</li>
 * <li>apology lead: an apology with a new date must be issued at least this many working hours before the due time
 * (the decree's "1 working day" = 8); whether that limit is enforced;</li>
 * <li>the default internal process (quy trình nội bộ): each step's share of the processing time, in percent.</li>
 * </ul>
 */
@ApplicationScoped
public class DeadlinePolicy {

    private final long nearDueMinutes;
    private final long apologyLeadMinutes;
    private final boolean enforceApologyDeadline;
    private final Map<CaseState, Integer> stepShares;

    public DeadlinePolicy(DeadlineConfig deadline, ApologyConfig apology, ProcessConfig process) {
        this.nearDueMinutes = deadline.nearDueWorkingHours() * 60L;
        this.apologyLeadMinutes = apology.leadWorkingHours() * 60L;
        this.enforceApologyDeadline = apology.enforceDeadline();
        this.stepShares = parseShares(process.stepShares());
    }

    static Map<CaseState, Integer> parseShares(String spec) {
        Map<CaseState, Integer> m = new EnumMap<>(CaseState.class);
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("motcua.process.step-shares: expected STATE=percent, got " + part);
            }
            CaseState state = CaseState.valueOf(kv[0].trim());
            int pct = Integer.parseInt(kv[1].trim());
            if (pct < 0 || pct > 100 || !state.clockRunning()) {
                throw new IllegalArgumentException("motcua.process.step-shares: bad entry " + part);
            }
            m.put(state, pct);
        }
        return m;
    }

    public long nearDueMinutes() {
        return nearDueMinutes;
    }

    public long apologyLeadMinutes() {
        return apologyLeadMinutes;
    }

    public boolean enforceApologyDeadline() {
        return enforceApologyDeadline;
    }

    /** The share (percent) of the processing time budgeted for a state's step, or null when the step is untimed. */
    public Integer stepShare(CaseState state) {
        return stepShares.get(state);
    }
}
