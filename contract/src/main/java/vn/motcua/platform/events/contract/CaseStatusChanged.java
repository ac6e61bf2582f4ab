package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.processing.case.status-changed.v1}: every transition of a case, with the national portal's
 * status code (1–10) so a sync adapter can report it and dashboards can count it.
 *
 * @param fromState   the state before (null when the case was opened)
 * @param action      what happened, e.g. {@code ASSIGN}, {@code REQUEST_SUPPLEMENT}, {@code APPROVE}
 * @param stepDueAt   due time of the step the case entered (null when it entered no timed step)
 * @param timeliness  of the step the case left: {@code EARLY}, {@code ON_TIME} or {@code LATE} (null if none)
 */
public record CaseStatusChanged(
        String dossierCode,
        String agencyCode,
        String procedureCode,
        String action,
        @Nullable CaseState fromState,
        CaseState toState,
        int nationalStatusCode,
        @Nullable String actor,
        OffsetDateTime at,
        @Nullable OffsetDateTime dueAt,
        boolean clockPaused,
        @Nullable String assignee,
        @Nullable OffsetDateTime stepDueAt,
        @Nullable String timeliness,
        @Nullable String partnerAgency,
        @Nullable String comment,
        @Nullable String submittedBy) {
}
