package vn.motcua.processing.workflow;

import java.time.OffsetDateTime;

/**
 * What a row of the lifecycle table may take besides the case (the {@link CaseAction.Field}s): from an officer's
 * request, from intake's event, or from the apology form.
 */
public record ActionInputs(String assignee, String reason, String partnerAgency, Integer partnerWorkingDays,
                           OffsetDateTime newDueAt) {

    public static final ActionInputs NONE = new ActionInputs(null, null, null, null, null);

    public static ActionInputs of(ActionRequest r) {
        return new ActionInputs(r.assignee(), r.reason(), r.partnerAgency(), r.partnerWorkingDays(), null);
    }

    public static ActionInputs reason(String reason) {
        return new ActionInputs(null, reason, null, null, null);
    }

    public static ActionInputs newDue(OffsetDateTime newDueAt) {
        return new ActionInputs(null, null, null, null, newDueAt);
    }

    /** Whether the field is given (a blank text is not). */
    boolean has(CaseAction.Field f) {
        return switch (f) {
            case ASSIGNEE -> present(assignee);
            case REASON -> present(reason);
            case PARTNER_AGENCY -> present(partnerAgency);
            case PARTNER_WORKING_DAYS -> partnerWorkingDays != null;
            case NEW_DUE_AT -> newDueAt != null;
        };
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
