package vn.motcua.processing.workflow;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of an action on a case. Which fields are required depends on the action: {@code assignee} for ASSIGN,
 * {@code reason} for REQUEST_SUPPLEMENT, REQUEST_PAYMENT, SUSPEND, REFUSE, WITHDRAW and STOP, {@code partnerAgency}
 * and {@code partnerWorkingDays} for TRANSFER.
 */
public record ActionRequest(
        @Size(max = 2000) String comment,
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be a user name") String assignee,
        @Size(max = 2000) String reason,
        @Pattern(regexp = "[A-Z0-9._-]{1,32}", message = "must be an agency code") String partnerAgency,
        @Min(1) @Max(365) Integer partnerWorkingDays) {

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null);
    }
}
