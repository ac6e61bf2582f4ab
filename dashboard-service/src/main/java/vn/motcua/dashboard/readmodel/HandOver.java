package vn.motcua.dashboard.readmodel;

import java.time.LocalDate;

/**
 * One dossier's hand-over from the postal desk that received it to the competent agency (thời gian chuyển hồ sơ): a
 * narrow row per dossier, so that a province-year's median per desk or clerk sorts a few hundred thousand numbers
 * rather than reading the dossiers' facts.
 */
public record HandOver(String dossierCode, String deskAgency, String deskStaff, String agencyCode, LocalDate receivedOn,
                       long seconds) {
}
