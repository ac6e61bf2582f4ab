package vn.motcua.notification.letter;

/**
 * The printed fields of an electronic receipt for a fee or charge (biên lai thu phí, lệ phí điện tử), with the
 * contents Decree 123/2020/NĐ-CP asks of a receipt: the collecting unit, the receipt's number, the payer, the kind of
 * fee and its legal basis, the amount in figures and in words, how it was paid and when, who collected it.
 *
 * @param method how it was paid, as printed ("Thanh toán trực tuyến qua cổng thanh toán (mã giao dịch GW…)", "Tiền mặt")
 */
public record PaymentReceipt(
        String parentAgency,
        String agencyName,
        String number,
        String placeAndDate,
        String payerName,
        String payerAddress,
        String dossierCode,
        String procedureName,
        String feeName,
        String legalBasis,
        String amount,
        String amountInWords,
        String method,
        String paidAt,
        String billCode,
        String collector) {
}
