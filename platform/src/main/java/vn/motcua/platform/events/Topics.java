package vn.motcua.platform.events;

/** Kafka topics of the product (documented in docs/events.md). Keys are dossier codes. */
public final class Topics {
    /** intake-service → processing, notification, dashboards. */
    public static final String INTAKE_DOSSIER_EVENTS = "motcua.intake.dossier-events";
    /** processing-service → notification, dashboards. */
    public static final String PROCESSING_CASE_EVENTS = "motcua.processing.case-events";

    private Topics() {
    }
}
