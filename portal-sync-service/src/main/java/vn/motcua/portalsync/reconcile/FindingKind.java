package vn.motcua.portalsync.reconcile;

/** What a reconciliation found for a dossier. */
public enum FindingKind {
    /** the portal does not know the dossier: it is sent again */
    MISSING_AT_PORTAL,
    /** the portal's status differs from the province's: the province's is sent again */
    STATUS_MISMATCH,
    /** the portal counts the dossier overdue, the province does not: listed with the likely cause */
    OVERDUE_AT_PORTAL
}
