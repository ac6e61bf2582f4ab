package vn.motcua.processing.workflow;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.processing.payment.FeeLine;

/**
 * What a row of the lifecycle table may take besides the case (the {@link CaseAction.Field}s): from an officer's
 * request, from intake's event, or from the apology form.
 */
public record ActionInputs(String assignee, String reason, String partnerAgency, Integer partnerWorkingDays,
                           OffsetDateTime newDueAt, List<FeeLine> fees) {

    public static final ActionInputs NONE = new ActionInputs(null, null, null, null, null, null);

    public static ActionInputs of(ActionRequest r) {
        return new ActionInputs(r.assignee(), r.reason(), r.partnerAgency(), r.partnerWorkingDays(), null, r.fees());
    }

    public static ActionInputs reason(String reason) {
        return new ActionInputs(null, reason, null, null, null, null);
    }

    public static ActionInputs newDue(OffsetDateTime newDueAt) {
        return new ActionInputs(null, null, null, null, newDueAt, null);
    }

    /** Whether the field is given (a blank text is not). */
    boolean has(CaseAction.Field f) {
        return switch (f) {
            case ASSIGNEE -> present(assignee);
            case REASON -> present(reason);
            case PARTNER_AGENCY -> present(partnerAgency);
            case PARTNER_WORKING_DAYS -> partnerWorkingDays != null;
            case NEW_DUE_AT -> newDueAt != null;
            case FEES -> fees != null && !fees.isEmpty();
        };
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
