package vn.motcua.platform.events.contract;

import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.processing.case.withdrawal-refused.v1}: the applicant withdrew the dossier through intake,
 * but by the time processing read it the case already had a decision (approved, result ready, refused, returned), so
 * it goes on. intake puts the dossier back and shows the applicant why; both services end in the same state.
 *
 * @param state  the case's state when the withdrawal arrived
 * @param reason why it could not be withdrawn, in Vietnamese, as shown to the applicant
 */
public record WithdrawalRefused(String dossierCode, CaseState state, String reason, OffsetDateTime at) {
}
