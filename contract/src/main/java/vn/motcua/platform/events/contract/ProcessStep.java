package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
/**
 * One step of a procedure's published internal process (quy trình nội bộ): the case state it covers, who is
 * responsible and its share of the processing time.
 *
 * @param caseState    processing-service state the step covers, e.g. {@code IN_PROCESS}
 * @param sharePercent percent of the procedure's time limit budgeted for the step
 */
public record ProcessStep(int seq, String caseState, String name, @Nullable String unit, @Nullable String role, int sharePercent) {
}
