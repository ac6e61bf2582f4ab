package vn.motcua.processing.payment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.platform.events.contract.PaymentChannel;

/**
 * Cash taken for a bill, recorded by an officer of the agency: at the counter (by the officer, unless another is
 * named) or by the postal clerk who received the dossier or delivers the result (named).
 */
public record CashRequest(
        @Schema(description = "COUNTER_CASH or POSTAL_CASH") @NotNull PaymentChannel channel,
        @Schema(example = "postal1", description = "who took the cash; POSTAL_CASH: the postal clerk (required); default the caller")
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be a user name") String collectedBy,
        @Schema(example = "BL-0001234", description = "the paper receipt's number, if one was given")
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9./-]*", message = "letters, digits, '.', '/', '-'") String receiptNumber) {
}
