package vn.motcua.platform.events;

/** CloudEvents {@code type} values. A breaking change to a payload gets a new version suffix. */
public final class EventTypes {
    public static final String DOSSIER_ACCEPTED = "vn.motcua.intake.dossier.accepted.v1";
    public static final String DOSSIER_COMPONENT_ADDED = "vn.motcua.intake.dossier.component-added.v1";
    public static final String DOSSIER_WITHDRAWN = "vn.motcua.intake.dossier.withdrawn.v1";
    public static final String DOSSIER_SUPPLEMENTED = "vn.motcua.intake.dossier.supplemented.v1";
    public static final String DOSSIER_RATED = "vn.motcua.intake.dossier.rated.v1";
    public static final String AGENCY_PUBLISHED = "vn.motcua.intake.agency.published.v1";
    public static final String RECEPTION_SLIP_ISSUED = "vn.motcua.intake.reception.slip-issued.v1";
    public static final String CASE_OPENED = "vn.motcua.processing.case.opened.v1";
    public static final String CASE_STATUS_CHANGED = "vn.motcua.processing.case.status-changed.v1";
    public static final String CASE_DEADLINE_CROSSED = "vn.motcua.processing.case.deadline-crossed.v1";
    public static final String CASE_STEP_OVERDUE = "vn.motcua.processing.case.step-overdue.v1";
    public static final String CASE_APOLOGY_ISSUED = "vn.motcua.processing.case.apology-issued.v1";
    /** processing could not withdraw the case (it already has a decision): intake puts the dossier back. */
    public static final String CASE_WITHDRAWAL_REFUSED = "vn.motcua.processing.case.withdrawal-refused.v1";
    /** a payment obligation of a case was settled (online through the gateway, or in cash): once per bill. */
    public static final String PAYMENT_SETTLED = "vn.motcua.processing.payment.settled.v1";
    public static final String PORTAL_DOSSIER_SYNCED = "vn.motcua.portal-sync.dossier.synced.v1";

    public static final String INTAKE_SOURCE = "/motcua/intake-service";
    public static final String PROCESSING_SOURCE = "/motcua/processing-service";
    public static final String PORTAL_SYNC_SOURCE = "/motcua/portal-sync-service";

    private EventTypes() {
    }
}
