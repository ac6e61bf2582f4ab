package vn.motcua.intake.dossier;

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
        @NotBlank @Size(max = 32) String procedureCode,
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
            @NotBlank @Pattern(regexp = "[A-Z0-9]{6,20}", message = "must be 6 to 20 capital letters or digits") String itemCode,
            @NotNull @PositiveOrZero Long feeCollectedVnd) {
    }

    /**
     * The applicant (người nộp hồ sơ). An individual gives a 12-digit citizen ID (CCCD); an organisation its tax
     * code (mã số thuế, 10 digits or 10-3 for a branch) and its representative.
     */
    public record Applicant(
            @NotNull Dossier.ApplicantType type,
            @NotBlank @Size(max = 300) String fullName,
            @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String citizenId,
            @TaxCode String taxCode,
            @Size(max = 300) String representative,
            @Past LocalDate dateOfBirth,
            @NotBlank @Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "must be a Vietnamese phone number") String phone,
            @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 500) String address) {
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
    public record ComponentRef(@NotBlank @Size(max = 32) String code, UUID uploadId, UUID documentId) {
    }
}
