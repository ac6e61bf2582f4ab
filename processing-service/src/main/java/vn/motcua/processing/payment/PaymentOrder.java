package vn.motcua.processing.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One attempt to pay a bill at the gateway (đơn hàng / giao dịch): its own order id, so that a declined attempt and
 * the next one are never confused, and the amount it asked for, which every report about it must match.
 */
@Entity
@Table(name = "payment_order")
public class PaymentOrder extends PanacheEntityBase {

    /** What the gateway reported about the attempt. */
    public enum Status { PENDING, PAID, FAILED }

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "bill_code")
    private String billCode;
    @Column(name = "amount_vnd")
    private long amountVnd;
    @Column(name = "transaction_id")
    private String transactionId;
    @Column(name = "payment_url")
    private String paymentUrl;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;

    protected PaymentOrder() {
    }

    static PaymentOrder forBill(PaymentObligation bill, OffsetDateTime now) {
        PaymentOrder o = new PaymentOrder();
        o.orderId = "MC" + UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
        o.billCode = bill.billCode();
        o.amountVnd = bill.amountVnd();
        o.status = Status.PENDING;
        o.createdAt = now;
        return o;
    }

    /** The attempts still pending since before {@code before}, oldest first. */
    static List<PaymentOrder> pendingSince(OffsetDateTime before, int limit) {
        return find("status = ?1 AND createdAt < ?2 ORDER BY createdAt", Status.PENDING, before).page(0, limit).list();
    }

    void opened(String transaction, String url) {
        transactionId = transaction;
        paymentUrl = url;
    }

    void reported(Status s, OffsetDateTime now) {
        if (status == Status.PENDING) {
            status = s;
        }
        checkedAt = now;
    }

    public String orderId() { return orderId; }
    public String billCode() { return billCode; }
    public long amountVnd() { return amountVnd; }
    public String transactionId() { return transactionId; }
    public String paymentUrl() { return paymentUrl; }
    public Status status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
}
