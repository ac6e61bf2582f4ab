package vn.motcua.portalsync.reconcile;

/** Why the portal shows a dossier as overdue while the province does not (the likely cause, checked in this order). */
public enum Cause {
    /** the portal holds an older status than the province: a change has not reached it */
    STATUS_NOT_SYNCED,
    /** the province's clock stands still (supplement, payment, suspension): the portal keeps counting */
    CLOCK_PAUSED_LOCALLY,
    /** the provincial catalogue's time limit differs from the national procedure database's */
    TIME_LIMIT_DIFFERS,
    /** the portal's due date differs from the province's (e.g. an apology's new date it did not get) */
    DUE_DATE_DIFFERS,
    /** none of the above */
    UNKNOWN
}
