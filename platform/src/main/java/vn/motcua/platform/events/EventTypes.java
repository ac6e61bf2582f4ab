package vn.motcua.platform.events;

/** CloudEvents {@code type} values. A breaking change to a payload gets a new version suffix. */
public final class EventTypes {
    public static final String DOSSIER_ACCEPTED = "vn.motcua.intake.dossier.accepted.v1";
    public static final String CASE_OPENED = "vn.motcua.processing.case.opened.v1";

    public static final String INTAKE_SOURCE = "/motcua/intake-service";
    public static final String PROCESSING_SOURCE = "/motcua/processing-service";

    private EventTypes() {
    }
}
