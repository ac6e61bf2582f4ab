package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/** Data of {@code vn.motcua.intake.dossier.withdrawn.v1}: the applicant withdrew the dossier (rút hồ sơ). */
public record DossierWithdrawn(String dossierCode, @Nullable String reason, String withdrawnBy, OffsetDateTime withdrawnAt) {
}
