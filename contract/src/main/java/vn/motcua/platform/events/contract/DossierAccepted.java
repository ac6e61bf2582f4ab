package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.intake.dossier.accepted.v1}: a complete dossier was received and given a code and an
 * appointment date (phiếu tiếp nhận và hẹn trả kết quả, form 01).
 */
public record DossierAccepted(
        String dossierCode,
        String procedureCode,
        int procedureVersion,
        String procedureName,
        String agencyCode,
        String agencyName,
        Channel channel,
        int nationalChannelCode,
        @Nullable String resultReturnChannel,
        String ruleSet,
        Applicant applicant,
        @Nullable String submittedBy,
        OffsetDateTime receivedAt,
        OffsetDateTime countingStartsAt,
        OffsetDateTime appointmentAt,
        int timeLimitAmount,
        String timeLimitUnit,
        @Nullable String scheduleVersion,
        /* what a supplement request during processing does to the clock; null means PAUSE */
        @Nullable SupplementClockMode supplementClockMode,
        /* the procedure version's internal process; null or empty means the processing agency's default */
        @Nullable java.util.List<ProcessStep> internalProcess,
        /* what was received, as listed on the receipt; null from events before components were declared */
        @Nullable java.util.List<ReceivedComponent> components,
        /* the receiving agency as the directory knows it; null from events before the directory existed */
        @Nullable AgencyProfile agency,
        /* the procedure's field (lĩnh vực) as the catalogue names it; null from events before it was carried */
        @Nullable String procedureField,
        /* the fees and charges of the procedure (phí, lệ phí); empty when free, null from events before they were carried */
        @Nullable java.util.List<Fee> fees,
        /* where and by whom a counter, home-visit or postal dossier was received; null online and on events before it was carried */
        @Nullable ReceptionDesk receptionDesk) {

    /** A received component: the procedure's component code and name, its form, file and whether it was reused. */
    public record ReceivedComponent(String code, String name, String form, int quantity, @Nullable String fileName,
                                    @Nullable String sha256, SignatureState signatureState, boolean reused) {
    }

    /**
     * @param type       {@code INDIVIDUAL} or {@code ORGANISATION}
     * @param identifier the citizen's 12-digit personal identifier or the organisation's tax code (null on events
     *                   that do not carry it: slips, apologies, and acceptances before it was carried)
     */
    public record Applicant(String type, String name, @Nullable String phone, @Nullable String email, @Nullable String address,
                            @Nullable String identifier) {
    }

    /**
     * The desk that received a dossier in person (bộ phận tiếp nhận): a one-stop counter, a home visit, or a post office
     * or commune postal point (điểm bưu điện - văn hóa xã) of the public postal service, with the staff member.
     *
     * @param agencyCode the receiving desk's agency (for postal staff: their post office or commune point); null when
     *                   the staff account belongs to no agency
     * @param staff      the user name of the officer or postal clerk who received it
     */
    public record ReceptionDesk(@Nullable String agencyCode, String staff) {
    }

    /** A fee or charge due for the procedure (phí, lệ phí), in VND. */
    public record Fee(String name, long amountVnd) {
    }
}
