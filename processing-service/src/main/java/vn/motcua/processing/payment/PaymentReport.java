package vn.motcua.processing.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the gateway reported and what became of it, kept for the audit and for the officer who looks into a refused
 * or mismatched report (nhật ký đối soát). Written for every report, applied or not.
 */
@Entity
@Table(name = "payment_report")
public class PaymentReport extends PanacheEntityBase {

    /** Where a report came from. */
    public enum Source { CALLBACK, STATUS_QUERY, RECONCILIATION }

    /** What became of it; the last four need an officer's look. */
    public enum Outcome {
        /** it settled the bill */
        SETTLED,
        /** the bill was already settled (a second callback, the status query after the callback, a replay) */
        ALREADY_SETTLED,
        /** the attempt failed at the gateway; the bill may be paid again */
        FAILED_AT_GATEWAY,
        /** its signature or merchant code is not the gateway's: refused */
        FORGED,
        /** no order of ours has its order id: refused */
        UNKNOWN_ORDER,
        /** its bill code, amount or currency is not what the order asked: refused */
        MISMATCH,
        /** paid by us but absent from the gateway's daily list */
        MISSING_AT_GATEWAY;

        public boolean needsReview() {
            return this == FORGED || this == UNKNOWN_ORDER || this == MISMATCH || this == MISSING_AT_GATEWAY;
        }
    }

    @Id
    private UUID id;
    @Column(name = "received_at")
    private OffsetDateTime receivedAt;
    @Enumerated(EnumType.STRING)
    private Source source;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "bill_code")
    private String billCode;
    @Column(name = "agency_code")
    private String agencyCode;
    private String detail;
    private String body;

    protected PaymentReport() {
    }

    static PaymentReport of(Source source, Outcome outcome, String orderId, String billCode, String agencyCode,
                            String detail, String body, OffsetDateTime at) {
        PaymentReport r = new PaymentReport();
        r.id = UUID.randomUUID();
        r.receivedAt = at;
        r.source = source;
        r.outcome = outcome;
        r.orderId = orderId == null || orderId.length() <= 100 ? orderId : orderId.substring(0, 100);
        r.billCode = billCode;
        r.agencyCode = agencyCode;
        r.detail = detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        r.body = body == null || body.length() <= 4000 ? body : body.substring(0, 4000); // an anonymous caller's text: bounded
        return r;
    }

    public UUID id() { return id; }
    public OffsetDateTime receivedAt() { return receivedAt; }
    public Source source() { return source; }
    public Outcome outcome() { return outcome; }
    public String orderId() { return orderId; }
    public String billCode() { return billCode; }
    public String agencyCode() { return agencyCode; }
    public String detail() { return detail; }
}
