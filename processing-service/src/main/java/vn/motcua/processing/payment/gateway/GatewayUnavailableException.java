package vn.motcua.processing.payment.gateway;

/** The gateway gave no usable answer: down, too slow, or it refused the province's credentials. */
public class GatewayUnavailableException extends RuntimeException {
    public GatewayUnavailableException(String message) {
        super(message);
    }
}
