package vn.motcua.intake.agency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An admin's change to an agency (the code, level, kind and exchange identifier are fixed: dossier codes and the
 * national portal depend on them).
 *
 * @param officeHours office sessions in order, e.g. {@code ["07:00-11:30", "13:30-17:00"]}
 */
public record AgencyUpdate(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 100) String placeName,
        @NotNull @Size(min = 1, max = 4) List<@NotNull @Pattern(regexp = "\\d{2}:\\d{2}-\\d{2}:\\d{2}",
                message = "must look like 07:00-11:30") String> officeHours,
        @NotNull @Valid Letterhead letterhead,
        boolean active) {

    /** The letterhead fields (tiêu đề văn bản). */
    public record Letterhead(
            @NotNull @Size(max = 200) String governingBody,
            @NotBlank @Size(max = 200) String printedName,
            @NotBlank @Size(max = 100) String headTitle,
            @NotBlank @Size(max = 40) String symbol) {
    }
}
