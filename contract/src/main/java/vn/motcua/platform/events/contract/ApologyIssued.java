package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.processing.case.apology-issued.v1}: the late agency apologised and set a new appointment
 * date (phiếu xin lỗi và hẹn lại ngày trả kết quả; under Circular 03/2025 "văn bản xin lỗi và đề nghị gia hạn").
 * Carries everything the letter needs, so notification-service renders it without asking back.
 *
 * @param ruleSet     the rules in force at receipt; decides which official form the letter follows
 * @param signerTitle e.g. {@code GIÁM ĐỐC}; with {@code onBehalfOfHead} the letter reads "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
 */
public record ApologyIssued(
        String dossierCode,
        String agencyCode,
        String agencyName,
        String procedureCode,
        String procedureName,
        String ruleSet,
        DossierAccepted.Applicant applicant,
        @Nullable String submittedBy,
        @Nullable String resultReturnChannel,
        OffsetDateTime receivedAt,
        OffsetDateTime previousDueAt,
        OffsetDateTime newDueAt,
        String reason,
        @Nullable String signerName,
        @Nullable String signerTitle,
        boolean onBehalfOfHead,
        @Nullable String deputyTitle,
        String recordedBy,
        OffsetDateTime issuedAt) {
}
