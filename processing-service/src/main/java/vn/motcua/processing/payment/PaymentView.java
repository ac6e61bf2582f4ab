package vn.motcua.processing.payment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.FeeKind;
import vn.motcua.platform.events.contract.PaymentChannel;

/** A bill as its payer and the agency's officers see it. */
public record PaymentView(String billCode, String dossierCode, String agencyCode, FeeKind kind, long amountVnd,
                          String legalBasis, String description, LocalDate dueOn, ObligationStatus status,
                          OffsetDateTime requestedAt, Settlement settlement) {

    /** How it was paid (null until paid). */
    public record Settlement(PaymentChannel channel, String gatewayTransactionId, String collectedBy, String receiptNumber,
                             OffsetDateTime paidAt) {
    }

    static PaymentView of(PaymentObligation o) {
        return new PaymentView(o.billCode(), o.dossierCode(), o.agencyCode(), o.kind(), o.amountVnd(), o.legalBasis(),
                o.description(), o.dueOn(), o.status(), o.requestedAt(), o.channel() == null ? null
                : new Settlement(o.channel(), o.gatewayTransaction(), o.collectedBy(), o.receiptNumber(), o.paidAt()));
    }
}
