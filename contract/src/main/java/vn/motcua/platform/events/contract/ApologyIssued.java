package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.processing.case.apology-issued.v1}: the late agency apologised and set a new appointment
 * date (phiếu xin lỗi và hẹn lại ngày trả kết quả; under Circular 03/2025 "văn bản xin lỗi và đề nghị gia hạn").
 * Carries everything the letter needs, so notification-service renders it without asking back.
 *
 * The parts that a letter prints together are grouped ({@link Rescheduling}, {@link Signer}, the agency's and the
 * procedure's code with their name), so that no two times, names or codes can be passed in each other's place.
 *
 * @param ruleSet the rules in force at receipt; decides which official form the letter follows
 */
public record ApologyIssued(
        String dossierCode,
        AgencyRef agency,
        ProcedureRef procedure,
        String ruleSet,
        DossierAccepted.Applicant applicant,
        @Nullable String submittedBy,
        @Nullable String resultReturnChannel,
        Rescheduling rescheduling,
        Signer signer,
        String recordedBy,
        OffsetDateTime issuedAt) {

    /** The late agency, as its letterhead names it. */
    public record AgencyRef(String code, String name) {
    }

    /** The procedure of the dossier, by its national code and name. */
    public record ProcedureRef(String code, String name) {
    }

    /**
     * The new appointment (hẹn lại): when the dossier was received, the appointment it misses, the new one and why.
     */
    public record Rescheduling(OffsetDateTime receivedAt, OffsetDateTime previousDueAt, OffsetDateTime newDueAt,
                               String reason) {
    }

    /**
     * Who signs the letter.
     *
     * @param title          e.g. {@code GIÁM ĐỐC}; with {@code onBehalfOfHead} the letter reads "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
     * @param deputyTitle    the deputy's own title when signing on behalf of the head, else null
     */
    public record Signer(@Nullable String name, @Nullable String title, boolean onBehalfOfHead,
                         @Nullable String deputyTitle) {
    }
}
