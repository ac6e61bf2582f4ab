package vn.motcua.processing.payment.gateway;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The payment platform as the province sees it (FACTS.md, online payment): create a transaction for a bill and an
 * amount and send the payer to it; ask for its status; read the day's list. Its callback comes to
 * {@code PaymentResource}. Every method throws {@link GatewayUnavailableException} when the gateway does not answer
 * usefully (down, time-out, refused credentials): the caller tells the payer to try again, or tries later itself.
 */
public interface PaymentGateway {

    /** What the gateway is asked to collect. */
    record Order(String orderId, String billCode, long amountVnd, String description, URI returnUrl, URI callbackUrl) {
    }

    /** The gateway's transaction and where the payer pays it. */
    record Checkout(String transactionId, URI paymentUrl) {
    }

    Checkout create(Order order);

    /** The gateway's signed report on an order; empty when it does not know the order. */
    Optional<GatewayReport> status(String orderId);

    /** The transactions paid on a day (+07:00), each a signed report (đối soát). */
    List<GatewayReport> paidOn(LocalDate day);
}
