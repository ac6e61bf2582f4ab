package vn.motcua.portalsync.portal;

import java.time.OffsetDateTime;

/**
 * A dossier as the portal's look-up shows it.
 *
 * @param status             the portal's status code (1–10)
 * @param appointmentAt      the appointment date it was sent (NgayHenTra)
 * @param portalDueAt        the due time the portal holds the dossier to (from the national procedure database's time
 *                           limit when it has one)
 * @param publishedTimeLimit the procedure's time limit in the national database, in working days (null if unknown)
 * @param overdue            whether the portal counts the dossier as overdue (quá hạn)
 */
public record PortalDossier(String dossierCode, int status, OffsetDateTime appointmentAt, OffsetDateTime portalDueAt,
                            Integer publishedTimeLimit, boolean overdue) {
}
