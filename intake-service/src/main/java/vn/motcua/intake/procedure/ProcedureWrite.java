package vn.motcua.intake.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import vn.motcua.calendar.TimeLimit;

/** What an admin publishes as a new version of a procedure: its terms, components and internal process. */
public record ProcedureWrite(
        @NotBlank @Pattern(regexp = "\\d\\.\\d{6}(\\.[0-9A-Z]+)*", message = "must look like 1.004227.000.00.00.H56") @Size(max = 32) String code,
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 200) String field,
        @NotBlank @Size(max = 32) String agencyCode,
        @NotNull @Pattern(regexp = "PROVINCE|DISTRICT|COMMUNE") String level,
        @Min(1) @Max(365) int timeLimitAmount,
        @NotNull TimeLimit.Unit timeLimitUnit,
        LocalTime cutOff,
        @PositiveOrZero long feeVnd,
        @NotNull @Pattern(regexp = "FULL|PARTIAL") String onlineLevel,
        boolean postalReceipt,
        boolean postalReturn,
        vn.motcua.platform.events.contract.SupplementClockMode supplementClockMode,
        Boolean active,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid Component> components,
        @Size(max = 20) List<@NotNull @Valid Step> internalProcess) {

    /** A required component. */
    public record Component(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,32}") String code,
            @NotBlank @Size(max = 500) String name,
            boolean mandatory,
            @NotNull @Pattern(regexp = "ORIGINAL|COPY|CERTIFIED_COPY") String form,
            @Min(1) @Max(20) int quantity,
            boolean mustBeSigned,
            @NotNull @Size(min = 1) List<@Pattern(regexp = "application/pdf|image/jpeg|image/png") String> acceptedTypes,
            @Pattern(regexp = "[A-Z0-9_]{1,32}") String documentType) {
    }

    /** A step of the internal process. */
    public record Step(
            @NotNull @Pattern(regexp = "RECEIVED|ASSIGNED|IN_PROCESS|AWAITING_APPROVAL|APPROVED") String caseState,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 200) String unit,
            @NotBlank @Size(max = 32) String role,
            @Min(0) @Max(100) int sharePercent) {
    }
}
