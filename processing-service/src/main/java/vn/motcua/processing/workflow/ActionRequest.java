package vn.motcua.processing.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of an action on a case. Which fields are required depends on the action: {@code assignee} for ASSIGN,
 * {@code reason} for REQUEST_SUPPLEMENT, REQUEST_PAYMENT, SUSPEND, REFUSE, WITHDRAW and STOP, {@code partnerAgency}
 * and {@code partnerWorkingDays} for TRANSFER, {@code fees} (with {@code reason}) for REQUEST_PAYMENT.
 */
public record ActionRequest(
        @Schema(example = "Hồ sơ đầy đủ, đề nghị phê duyệt", description = "free text on the control sheet") @Size(max = 2000) String comment,
        @Schema(example = "specialist1", description = "ASSIGN: the officer to assign") @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be a user name") String assignee,
        @Schema(example = "Thiếu bản sao chứng chỉ hiệu chuẩn", description = "REQUEST_SUPPLEMENT, SUSPEND, REFUSE, STOP: why") @Size(max = 2000) String reason,
        @Schema(example = "SVHTTDL", description = "TRANSFER: the co-processing agency") @Pattern(regexp = "[A-Z0-9._-]{1,32}", message = "must be an agency code") String partnerAgency,
        @Schema(example = "3", description = "TRANSFER: working days the partner has") @Min(1) @Max(365) Integer partnerWorkingDays,
        @Schema(description = "REQUEST_PAYMENT: the fees and charges asked for, each with its legal basis") @Size(max = 20) java.util.List<vn.motcua.processing.payment.FeeLine> fees) {

    public static ActionRequest empty() {
        return new ActionRequest(null, null, null, null, null, null);
    }
}
