package vn.motcua.processing.apology;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * An apology with a new appointment date, approved by the head of the late agency or by a deputy on the head's
 * behalf (KT.).
 *
 * @param signerTitle the head's title as printed, e.g. {@code GIÁM ĐỐC}
 * @param deputyTitle when a deputy signs on the head's behalf, the deputy's title, e.g. {@code PHÓ GIÁM ĐỐC}
 */
public record ApologyRequest(
        @NotBlank @Size(max = 2000) String reason,
        @NotNull OffsetDateTime newDueAt,
        @NotBlank @Size(max = 200) String signerName,
        @NotBlank @Size(max = 200) String signerTitle,
        boolean onBehalfOfHead,
        @Size(max = 200) String deputyTitle) {
}
