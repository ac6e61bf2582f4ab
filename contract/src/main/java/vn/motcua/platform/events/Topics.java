package vn.motcua.platform.events;

/** Kafka topics of the product (documented in docs/events.md). Keys are dossier codes, agency codes for agencies. */
public final class Topics {
    /** intake-service → processing, notification, dashboards. */
    public static final String INTAKE_DOSSIER_EVENTS = "motcua.intake.dossier-events";
    /** processing-service → notification, dashboards. */
    public static final String PROCESSING_CASE_EVENTS = "motcua.processing.case-events";
    /** intake-service's agency directory → every service; compacted, keyed by agency code. */
    public static final String AGENCIES = "motcua.intake.agencies";
    /** portal-sync-service → dashboards: which dossiers the national portal has. */
    public static final String PORTAL_SYNC_EVENTS = "motcua.portal-sync.dossier-events";

    private Topics() {
    }
}
