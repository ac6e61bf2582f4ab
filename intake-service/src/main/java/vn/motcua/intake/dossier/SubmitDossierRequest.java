package vn.motcua.intake.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a submitter sends to open a dossier. */
public record SubmitDossierRequest(
        @Schema(example = "1.004227.000.00.00.H56", description = "the procedure's code in the national procedure database") @NotBlank @Size(max = 32) String procedureCode,
        /** Where the applicant wants the result; defaults to the submission channel's usual return. */
        Dossier.ReturnChannel resultReturnChannel,
        /** Where the post delivers the result (POSTAL return only); defaults to the applicant's address. */
        @Size(max = 500) String resultReturnAddress,
        @NotNull @Valid Applicant applicant,
        /** An authorised person submitting for the applicant (người được ủy quyền); absent when the applicant submits. */
        @Valid Submitter submitter,
        /** The components brought: staged uploads or earlier digitised documents of the same applicant. */
        @Size(max = 50) List<@NotNull @Valid ComponentRef> components,
        /** Required when postal staff receive the dossier (channel POSTAL); absent otherwise. */
        @Valid Postal postal) {

    /** What the postal clerk records: the postal item code of the sealed dossier and the fee collected. */
    public record Postal(
            @Schema(example = "EE123456789VN", description = "postal item code of the sealed dossier") @NotBlank @Pattern(regexp = "[A-Z0-9]{6,20}", message = "must be 6 to 20 capital letters or digits") String itemCode,
            @Schema(example = "25000", description = "fee collected by the post office, in VND") @NotNull @PositiveOrZero Long feeCollectedVnd) {
    }

    /**
     * The applicant (người nộp hồ sơ). An individual gives a 12-digit citizen ID (CCCD); an organisation its tax
     * code (mã số thuế, 10 digits or 10-3 for a branch) and its representative.
     */
    public record Applicant(
            @NotNull Dossier.ApplicantType type,
            @Schema(example = "Nguyễn Văn An") @NotBlank @Size(max = 300) String fullName,
            @Schema(example = "001090012345", description = "12-digit citizen ID (CCCD); its digits 4-6 must match the year of birth") @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String citizenId,
            @TaxCode String taxCode,
            @Size(max = 300) String representative,
            @Schema(example = "1990-05-17") @Past LocalDate dateOfBirth,
            @Schema(example = "0912345678") @NotBlank @Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "must be a Vietnamese phone number") String phone,
            @Schema(example = "an@example.vn") @Email @Size(max = 200) String email,
            @Schema(example = "12 Lê Lợi, Phủ Lý, Hà Nam") @NotBlank @Size(max = 500) String address) {
    }

    /** The authorised submitter and the authorisation they hold. */
    public record Submitter(
            @NotBlank @Size(max = 300) String fullName,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String citizenId,
            @NotBlank @Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "must be a Vietnamese phone number") String phone,
            @NotBlank @Size(max = 300) String authorisation) {
    }

    /**
     * One component: the procedure's component code and either a staged upload of the caller
     * ({@code POST /api/v1/uploads}) or an earlier digitised document of the same applicant (tái sử dụng).
     */
    public record ComponentRef(@Schema(example = "DON", description = "the procedure's component code") @NotBlank @Size(max = 32) String code,
                               @Schema(description = "a staged upload of the caller (POST /api/v1/uploads)") UUID uploadId,
                               @Schema(description = "an earlier digitised document of the same applicant, reused") UUID documentId) {
    }
}
