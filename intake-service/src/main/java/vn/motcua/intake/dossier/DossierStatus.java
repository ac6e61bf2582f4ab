package vn.motcua.intake.dossier;

/** Reception-side status of a dossier; processing states live in processing-service. */
public enum DossierStatus {
    /** Complete, accepted with a code and appointment date (national status 2). */
    ACCEPTED,
    /** Withdrawn by the applicant before a result (national status 7). */
    WITHDRAWN
}
