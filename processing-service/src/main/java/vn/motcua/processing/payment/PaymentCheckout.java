package vn.motcua.processing.payment;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.processing.payment.gateway.GatewayUnavailableException;
import vn.motcua.processing.payment.gateway.PaymentGateway;

/**
 * The applicant pays a bill online: a new order at the gateway (or the one just opened, if the applicant pressed
 * twice), and the address to pay it at. The gateway is called outside any transaction, so a slow gateway holds no
 * database connection; a gateway that does not answer leaves the bill payable and the applicant a clear 503.
 */
@ApplicationScoped
public class PaymentCheckout {

    /** Where the applicant pays. */
    public record Started(String billCode, String orderId, URI paymentUrl) {
    }

    /** An order opened this recently is offered again rather than a second one (a double click, a reload). */
    private static final Duration REUSE = Duration.ofMinutes(10);

    private final PaymentGateway gateway;
    private final PaymentSettlement settlement;
    private final PaymentConfig config;
    private final Clock time;

    public PaymentCheckout(PaymentGateway gateway, PaymentSettlement settlement, PaymentConfig config, Clock time) {
        this.gateway = gateway;
        this.settlement = settlement;
        this.config = config;
        this.time = time;
    }

    /**
     * @param payer the signed-in applicant, who must be the bill's payer
     * @throws ProblemException 404 for a bill that is not theirs, 409 when it is not awaiting payment, 503 when the
     *                          gateway does not answer
     */
    public Started start(String billCode, String payer) {
        record Prepared(PaymentOrder order, PaymentObligation bill, boolean reused) {
        }
        Prepared p = QuarkusTransaction.requiringNew().call(() -> {
            PaymentObligation bill = PaymentObligation.findById(billCode, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (bill == null || bill.payerAccount() == null || !bill.payerAccount().equals(payer)) {
                throw ProblemException.notFound("unknown-bill", "Không có khoản cần thanh toán " + billCode + " của bạn",
                        "No bill " + billCode + " of yours");
            }
            OffsetDateTime now = OffsetDateTime.now(time);
            PaymentOrder recent = PaymentOrder.<PaymentOrder>find("billCode = ?1 AND status = ?2 AND paymentUrl IS NOT NULL ORDER BY createdAt DESC",
                    billCode, PaymentOrder.Status.PENDING).firstResult();
            if (recent != null && bill.status() == ObligationStatus.PENDING && recent.createdAt().isAfter(now.minus(REUSE))) {
                return new Prepared(recent, bill, true);
            }
            bill.checkoutStarted();
            PaymentOrder order = PaymentOrder.forBill(bill, now);
            order.persist();
            return new Prepared(order, bill, false);
        });
        if (p.reused()) {
            return new Started(billCode, p.order().orderId(), URI.create(p.order().paymentUrl()));
        }
        PaymentGateway.Checkout checkout;
        try {
            checkout = gateway.create(new PaymentGateway.Order(p.order().orderId(), billCode, p.bill().amountVnd(),
                    p.bill().description(), URI.create(config.returnUrl()), URI.create(config.callbackUrl())));
        } catch (GatewayUnavailableException e) {
            Log.warnf("payment gateway unavailable for %s: %s", billCode, e.getMessage());
            settlement.attemptFailed(p.order().orderId());
            throw new ProblemException(503, "payment-gateway-unavailable", "Cổng thanh toán chưa sẵn sàng",
                    "Payment gateway unavailable",
                    "Cổng thanh toán không phản hồi; khoản " + billCode + " chưa bị trừ tiền, vui lòng thử lại sau ít phút",
                    "The payment gateway does not answer; nothing was charged for " + billCode + ", please try again in a few minutes",
                    java.util.List.of()).retryAfter(60);
        }
        QuarkusTransaction.requiringNew().run(() -> PaymentOrder.<PaymentOrder>findById(p.order().orderId())
                .opened(checkout.transactionId(), checkout.paymentUrl().toString()));
        return new Started(billCode, p.order().orderId(), checkout.paymentUrl());
    }
}
