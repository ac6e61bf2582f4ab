package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.intake.dossier.rated.v1}: the applicant's satisfaction with a returned result, one of
 * VERY_SATISFIED, SATISFIED, ACCEPTABLE, DISSATISFIED (the satisfaction indicator counts them).
 */
public record DossierRated(String dossierCode, String agencyCode, String procedureCode, String rating, @Nullable String comment,
                           OffsetDateTime at) {
}
