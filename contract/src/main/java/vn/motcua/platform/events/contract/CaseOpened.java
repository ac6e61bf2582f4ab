package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/** Data of {@code vn.motcua.processing.case.opened.v1}: processing-service took a received dossier in charge. */
public record CaseOpened(
        String dossierCode,
        String agencyCode,
        String procedureCode,
        CaseState state,
        int nationalStatusCode,
        OffsetDateTime openedAt,
        OffsetDateTime dueAt,
        @Nullable String submittedBy) {
}
