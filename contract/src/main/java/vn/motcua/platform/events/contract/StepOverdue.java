package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/** Data of {@code vn.motcua.processing.case.step-overdue.v1}: the officer's current step passed its due time. */
public record StepOverdue(
        String dossierCode,
        String agencyCode,
        @Nullable String step,
        @Nullable String assignee,
        OffsetDateTime stepStartedAt,
        OffsetDateTime stepDueAt,
        OffsetDateTime caseDueAt,
        OffsetDateTime detectedAt) {
}
