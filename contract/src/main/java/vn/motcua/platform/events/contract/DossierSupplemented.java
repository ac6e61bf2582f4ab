package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code vn.motcua.intake.dossier.supplemented.v1}: the applicant (or the counter on their behalf) brought
 * what processing asked for; processing takes the case back (RECEIVE_SUPPLEMENT) and resumes the clock.
 */
public record DossierSupplemented(String dossierCode, @Nullable List<DossierAccepted.ReceivedComponent> components, @Nullable String note,
                                  @Nullable String submittedBy, OffsetDateTime at) {
}
