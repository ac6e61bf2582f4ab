package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.processing.payment.settled.v1}: a fee or charge of a case was paid, once per bill code
 * however many reports said so. Carries what the electronic receipt (biên lai điện tử) prints and what a dashboard
 * counts (paid online), so that no consumer has to ask back.
 *
 * @param submittedBy the applicant's account, for their own messages (null for counter dossiers)
 */
public record PaymentSettled(
        String dossierCode,
        ApologyIssued.AgencyRef agency,
        ApologyIssued.ProcedureRef procedure,
        Bill bill,
        Payer payer,
        @Nullable String submittedBy,
        Settlement settlement) {

    /**
     * What was due.
     *
     * @param legalBasis the legal document that sets the amount (căn cứ thu), as the request named it
     */
    public record Bill(String billCode, FeeKind kind, long amountVnd, String legalBasis, String description) {
    }

    /** Who paid: the applicant of the dossier. */
    public record Payer(String name, @Nullable String email) {
    }

    /**
     * How it was paid.
     *
     * @param gatewayTransactionId the gateway's transaction, for an online payment (else null)
     * @param collectedBy          the officer or postal clerk who took the cash (else null)
     * @param paidAt               when the money was paid (the gateway's time, or the collection's)
     * @param recordedAt           when processing-service settled the bill
     */
    public record Settlement(PaymentChannel channel, @Nullable String gatewayTransactionId, @Nullable String collectedBy,
                             OffsetDateTime paidAt, OffsetDateTime recordedAt) {
    }
}
