package vn.motcua.processing.payment;

import vn.motcua.platform.events.contract.FeeKind;

/**
 * One amount a payment request asks for (REQUEST_PAYMENT): a fee or a charge, in VND, with the legal document that
 * sets it (căn cứ thu, e.g. "Nghị quyết 12/2025/NQ-HĐND tỉnh Hà Nam"); checked field by field when the request is
 * applied ({@link PaymentObligations}), so that the problem names e.g. {@code fees[1].amountVnd}.
 */
public record FeeLine(FeeKind kind, Long amountVnd, String legalBasis, String description) {
}
