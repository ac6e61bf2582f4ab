package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.processing.case.deadline-crossed.v1}: a case crossed into {@code NEAR_DUE} or
 * {@code OVERDUE}. Emitted exactly once per crossing, whatever the number of processing-service replicas.
 *
 * @param apologyDeadline last moment at which the agency may still issue an apology with a new date
 * @param apologyIssued   whether it already did; an overdue case without one needs the leader's attention
 */
public record DeadlineCrossed(
        String dossierCode,
        String agencyCode,
        String procedureCode,
        @Nullable String procedureName,
        DeadlineStage stage,
        CaseState state,
        OffsetDateTime dueAt,
        @Nullable OffsetDateTime apologyDeadline,
        boolean apologyIssued,
        @Nullable String assignee,
        OffsetDateTime detectedAt) {
}
