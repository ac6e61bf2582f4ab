package vn.motcua.processing.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.platform.events.contract.FeeKind;
import vn.motcua.platform.events.contract.PaymentChannel;

/**
 * A fee or charge the applicant of a case must pay (nghĩa vụ tài chính), under its bill code (mã hóa đơn / mã tham
 * chiếu thanh toán). Changed only through its behaviour: requested, sent to the gateway, failed there, settled once,
 * cancelled with its case.
 */
@Entity
@Table(name = "payment_obligation")
public class PaymentObligation extends PanacheEntityBase {

    @Id
    @Column(name = "bill_code")
    private String billCode;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "agency_code")
    private String agencyCode;
    @Enumerated(EnumType.STRING)
    private FeeKind kind;
    @Column(name = "amount_vnd")
    private long amountVnd;
    @Column(name = "legal_basis")
    private String legalBasis;
    private String description;
    /** the applicant's account, who alone may pay it online (null for a counter dossier: paid in cash) */
    @Column(name = "payer_account")
    private String payerAccount;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ObligationStatus status;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;
    @Enumerated(EnumType.STRING)
    private PaymentChannel channel;
    @Column(name = "gateway_transaction")
    private String gatewayTransaction;
    @Column(name = "collected_by")
    private String collectedBy;
    @Column(name = "receipt_number")
    private String receiptNumber;
    @Column(name = "paid_at")
    private OffsetDateTime paidAt;
    @Column(name = "settled_at")
    private OffsetDateTime settledAt;
    @Version
    private long version;

    protected PaymentObligation() {
    }

    /** A new obligation, open, for the applicant of the case. */
    static PaymentObligation request(String billCode, String dossierCode, String agencyCode, FeeLine fee,
                                     String payerAccount, LocalDate dueOn, String requestedBy, OffsetDateTime at) {
        PaymentObligation o = new PaymentObligation();
        o.billCode = billCode;
        o.dossierCode = dossierCode;
        o.agencyCode = agencyCode;
        o.kind = fee.kind();
        o.amountVnd = fee.amountVnd();
        o.legalBasis = fee.legalBasis().strip();
        o.description = fee.description() == null || fee.description().isBlank()
                ? (fee.kind() == FeeKind.FEE ? "Phí" : "Lệ phí") + " hồ sơ " + dossierCode : fee.description().strip();
        o.payerAccount = payerAccount;
        o.dueOn = dueOn;
        o.status = ObligationStatus.OPEN;
        o.requestedBy = requestedBy;
        o.requestedAt = at;
        return o;
    }

    public static List<PaymentObligation> ofDossier(String dossierCode) {
        return list("dossierCode = ?1 ORDER BY billCode", dossierCode);
    }

    /** The applicant was sent to the gateway. */
    void checkoutStarted() {
        requirePayable();
        status = ObligationStatus.PENDING;
    }

    /** The gateway reported the attempt failed: the applicant may try again. */
    void attemptFailed() {
        if (status == ObligationStatus.PENDING) {
            status = ObligationStatus.FAILED;
        }
    }

    /**
     * Paid: only from a payable state, so a second report of the same payment changes nothing.
     *
     * @return whether this call settled it
     */
    boolean settle(PaymentChannel how, String transaction, String collector, String receipt, OffsetDateTime paid,
                   OffsetDateTime now) {
        if (!status.payable()) {
            return false;
        }
        status = ObligationStatus.PAID;
        channel = how;
        gatewayTransaction = transaction;
        collectedBy = collector;
        receiptNumber = receipt;
        paidAt = paid;
        settledAt = now;
        return true;
    }

    /** Its case closed unpaid. */
    void cancel() {
        if (status.payable()) {
            status = ObligationStatus.CANCELLED;
        }
    }

    private void requirePayable() {
        if (!status.payable()) {
            throw notPayable();
        }
    }

    /** 409: the bill is not awaiting payment (paid, cancelled). */
    vn.motcua.platform.problem.ProblemException notPayable() {
        return vn.motcua.platform.problem.ProblemException.conflict("bill-not-payable",
                "Khoản " + billCode + " không còn chờ thanh toán (" + status + ")",
                "Bill " + billCode + " is not awaiting payment (" + status + ")");
    }

    public String billCode() { return billCode; }
    public String dossierCode() { return dossierCode; }
    public String agencyCode() { return agencyCode; }
    public FeeKind kind() { return kind; }
    public long amountVnd() { return amountVnd; }
    public String legalBasis() { return legalBasis; }
    public String description() { return description; }
    public String payerAccount() { return payerAccount; }
    public LocalDate dueOn() { return dueOn; }
    public ObligationStatus status() { return status; }
    public String requestedBy() { return requestedBy; }
    public OffsetDateTime requestedAt() { return requestedAt; }
    public PaymentChannel channel() { return channel; }
    public String gatewayTransaction() { return gatewayTransaction; }
    public String collectedBy() { return collectedBy; }
    public String receiptNumber() { return receiptNumber; }
    public OffsetDateTime paidAt() { return paidAt; }
}
