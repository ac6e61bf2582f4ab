package vn.motcua.processing.payment;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.PaymentChannel;
import vn.motcua.platform.events.contract.PaymentSettled;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.payment.PaymentReport.Outcome;
import vn.motcua.processing.payment.gateway.GatewayReport;
import vn.motcua.processing.payment.gateway.ReportVerifier;
import vn.motcua.processing.workflow.ActionInputs;
import vn.motcua.processing.workflow.CaseAction;
import vn.motcua.processing.workflow.CaseLifecycle;

/**
 * Settles a bill exactly once, whoever reports the payment: the gateway's callback, the answer to a status query,
 * the daily list, or the officer who took the cash. Each report is checked (signature, merchant, an order of ours,
 * its bill code, amount and currency) before anything in it is believed, and logged with what became of it. The
 * case is locked first, then the bill re-read: two reports at once on two replicas take turns, and the second finds
 * the bill paid. The last bill paid of a case waiting for payment resumes its clock (CONFIRM_PAYMENT, by the system).
 */
@ApplicationScoped
public class PaymentSettlement {

    /** Cash taken by an officer or a postal clerk, with its paper receipt's number if any. */
    public record Cash(PaymentChannel channel, String collectedBy, String receiptNumber, OffsetDateTime paidAt) {
    }

    private final ReportVerifier verifier;
    private final PaymentConfig config;
    private final CaseLifecycle lifecycle;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock time;

    public PaymentSettlement(ReportVerifier verifier, PaymentConfig config, CaseLifecycle lifecycle, Outbox outbox,
                             EntityManager em, Clock time) {
        this.verifier = verifier;
        this.config = config;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.em = em;
        this.time = time;
    }

    /** Applies a report of the gateway, whatever its source; {@code body} is kept as received (null: not kept). */
    @Transactional
    public Outcome report(GatewayReport r, PaymentReport.Source source, String body) {
        OffsetDateTime now = OffsetDateTime.now(time);
        if (!verifier.authentic(r) || !config.gateway().merchantCode().equals(r.merchantCode())) {
            Log.warnf("payment report refused (%s): signature or merchant code is not the gateway's, order %s", source, r.orderId());
            return log(source, Outcome.FORGED, r.orderId(), null, null, "chữ ký hoặc mã đơn vị không đúng / bad signature or merchant", body, now);
        }
        PaymentOrder order = r.orderId() == null ? null : PaymentOrder.findById(r.orderId());
        if (order == null) {
            return log(source, Outcome.UNKNOWN_ORDER, r.orderId(), r.billCode(), null,
                    "không có giao dịch " + r.orderId() + " / no such order", body, now);
        }
        PaymentObligation bill = PaymentObligation.findById(order.billCode());
        if (!order.billCode().equals(r.billCode()) || order.amountVnd() != r.amount() || !"VND".equals(r.currency())) {
            Log.warnf("payment report for %s does not match the order: bill %s, %d %s", order.orderId(), r.billCode(), r.amount(), r.currency());
            return log(source, Outcome.MISMATCH, order.orderId(), order.billCode(), bill.agencyCode(),
                    "đã yêu cầu " + order.billCode() + " " + order.amountVnd() + " VND, báo về " + r.billCode() + " " + r.amount()
                            + " " + r.currency() + " / asked " + order.amountVnd() + " VND, reported " + r.amount() + " " + r.currency(), body, now);
        }
        DossierCase c = DossierCase.lockedByDossierCode(bill.dossierCode()).orElseThrow();
        em.refresh(bill, LockModeType.PESSIMISTIC_WRITE);
        if (r.failed()) {
            order.reported(PaymentOrder.Status.FAILED, now);
            bill.attemptFailed();
            return log(source, Outcome.FAILED_AT_GATEWAY, order.orderId(), bill.billCode(), bill.agencyCode(), "giao dịch không thành công / failed", body, now);
        }
        if (!r.paid()) {
            order.reported(PaymentOrder.Status.PENDING, now);
            return null; // still pending at the gateway: nothing to record
        }
        order.reported(PaymentOrder.Status.PAID, now);
        if (!bill.settle(PaymentChannel.ONLINE, r.transactionId(), null, null, paidAt(r, now), now)) {
            return log(source, Outcome.ALREADY_SETTLED, order.orderId(), bill.billCode(), bill.agencyCode(),
                    "đã ghi nhận trước đó (" + bill.status() + ") / already recorded", body, now);
        }
        settled(c, bill, "system", "Đã thanh toán trực tuyến khoản " + bill.billCode() + " (" + bill.amountVnd()
                + " VND, giao dịch " + r.transactionId() + ")", now);
        return log(source, Outcome.SETTLED, order.orderId(), bill.billCode(), bill.agencyCode(), "đã thanh toán / paid", body, now);
    }

    /**
     * Cash collected at the counter or by a postal clerk, recorded by an officer of the case's agency (checked by the
     * caller).
     *
     * @throws vn.motcua.platform.problem.ProblemException 409 when the bill is not awaiting payment
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentObligation cash(DossierCase lockedCase, PaymentObligation bill, Cash cash, String recordedBy) {
        OffsetDateTime now = OffsetDateTime.now(time);
        em.refresh(bill, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime paidAt = cash.paidAt() == null ? now : cash.paidAt();
        if (!bill.settle(cash.channel(), null, cash.collectedBy(), cash.receiptNumber(), paidAt, now)) {
            throw bill.notPayable();
        }
        String where = cash.channel() == PaymentChannel.POSTAL_CASH ? "nhân viên bưu điện" : "tại quầy";
        settled(lockedCase, bill, recordedBy, "Thu tiền mặt " + where + " khoản " + bill.billCode() + " (" + bill.amountVnd()
                + " VND), người thu: " + cash.collectedBy(), now);
        return bill;
    }

    /**
     * A bill we settled online whose order the gateway's daily list lacks: logged once per order for an officer.
     *
     * @return whether it was flagged now (false: flagged before)
     */
    @Transactional
    public boolean missingAtGateway(String orderId, String billCode) {
        if (PaymentReport.count("orderId = ?1 AND outcome = ?2", orderId, Outcome.MISSING_AT_GATEWAY) > 0) {
            return false;
        }
        PaymentObligation bill = PaymentObligation.findById(billCode);
        log(PaymentReport.Source.RECONCILIATION, Outcome.MISSING_AT_GATEWAY, orderId, billCode, bill.agencyCode(),
                "đã ghi nhận thanh toán nhưng không có trong danh sách đối soát của cổng / paid here, absent from the gateway's list",
                null, OffsetDateTime.now(time));
        return true;
    }

    /**
     * An attempt that ended without a report: the gateway could not open it, or does not know it long after it was
     * opened. The bill may be paid again.
     */
    @Transactional
    public void attemptFailed(String orderId) {
        PaymentOrder order = PaymentOrder.findById(orderId);
        if (order != null && order.status() == PaymentOrder.Status.PENDING) {
            order.reported(PaymentOrder.Status.FAILED, OffsetDateTime.now(time));
            PaymentObligation.<PaymentObligation>findById(order.billCode()).attemptFailed();
        }
    }

    private void settled(DossierCase c, PaymentObligation bill, String actor, String comment, OffsetDateTime now) {
        outbox.publish(EventCatalog.PAYMENT_SETTLED, c.dossierCode, new PaymentSettled(c.dossierCode,
                new ApologyIssued.AgencyRef(c.agencyCode, c.agencyName), new ApologyIssued.ProcedureRef(c.procedureCode, c.procedureName),
                new PaymentSettled.Bill(bill.billCode(), bill.kind(), bill.amountVnd(), bill.legalBasis(), bill.description()),
                new PaymentSettled.Payer(c.applicantName, c.applicantEmail), c.submittedBy,
                new PaymentSettled.Settlement(bill.channel(), bill.gatewayTransaction(), bill.collectedBy(), bill.paidAt(), now)));
        boolean allPaid = PaymentObligation.ofDossier(c.dossierCode).stream().noneMatch(o -> o.status().payable());
        if (c.state() == CaseState.PAYMENT_REQUESTED && allPaid) {
            lifecycle.apply(c, CaseAction.CONFIRM_PAYMENT, ActionInputs.NONE, actor, now, comment);
        }
    }

    private static OffsetDateTime paidAt(GatewayReport r, OffsetDateTime now) {
        try {
            return r.paidAt() == null ? now : OffsetDateTime.parse(r.paidAt());
        } catch (DateTimeParseException e) {
            return now; // signed by the gateway, so paid; its clock's format is not ours to refuse
        }
    }

    private Outcome log(PaymentReport.Source source, Outcome outcome, String orderId, String billCode, String agency,
                        String detail, String body, OffsetDateTime now) {
        PaymentReport.of(source, outcome, orderId, billCode, agency, detail, body, now).persist();
        return outcome;
    }
}
