package vn.motcua.processing.payment.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the gateway says about a transaction (in its callback, its status answer and its daily list), with the
 * signature over it. Nothing in it is trusted before {@link ReportVerifier} checked the signature and the settlement
 * checked the order, the bill code, the amount and the currency against what was asked.
 *
 * @param status {@code PENDING}, {@code PAID} or {@code FAILED}
 * @param paidAt the gateway's time of payment as it wrote it (signed as written), null unless paid
 */
public record GatewayReport(String merchantCode, String transactionId, String orderId, String billCode, long amount,
                            String currency, String status, String paidAt, String signature) {

    /** The values the signature covers, joined by {@code |} in the gateway's order. */
    public String canonical() {
        return String.join("|", text(merchantCode), text(transactionId), text(orderId), text(billCode), Long.toString(amount),
                text(currency), text(status), text(paidAt));
    }

    public boolean paid() {
        return "PAID".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    /**
     * Reads a report; a field of the wrong type or missing reads as empty, so the signature (and then the
     * settlement) refuses it instead of the parser.
     */
    public static GatewayReport of(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a gateway report is a JSON object");
        }
        return new GatewayReport(field(n, "merchantCode"), field(n, "transactionId"), field(n, "orderId"),
                field(n, "billCode"), n.path("amount").canConvertToLong() ? n.path("amount").asLong() : -1,
                field(n, "currency"), field(n, "status"), field(n, "paidAt"), field(n, "signature"));
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
