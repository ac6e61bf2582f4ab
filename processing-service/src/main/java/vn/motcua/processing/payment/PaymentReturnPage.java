package vn.motcua.processing.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the gateway sends the payer back: what this service knows of the bill now (the gateway's word in the address
 * is not trusted: only its signed report settles a bill). Shows the bill code, the amount and the state, nothing
 * personal; the order id is long and random, so the page cannot be walked.
 */
@Path("/payments/return")
@Tag(name = "Payments")
public class PaymentReturnPage {

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The page the payer comes back to from the gateway")
    public String paymentReturnPage(@QueryParam("orderId") String orderId) {
        PaymentOrder order = orderId == null || orderId.length() > 40 ? null : PaymentOrder.findById(orderId);
        PaymentObligation bill = order == null ? null : PaymentObligation.findById(order.billCode());
        String body;
        if (bill == null) {
            body = "<p>Không tìm thấy giao dịch. / No such payment.</p>";
        } else {
            String state = switch (bill.status()) {
                case PAID -> "Đã thanh toán: cơ quan giải quyết đã ghi nhận. / Paid and recorded.";
                case PENDING, OPEN -> "Đang chờ cổng thanh toán xác nhận; trang này không cần mở lại. / Awaiting the gateway's confirmation.";
                case FAILED -> "Giao dịch không thành công; bạn có thể thanh toán lại. / The payment failed; you may pay again.";
                default -> "Khoản thu không còn hiệu lực (" + bill.status() + "). / No longer payable.";
            };
            body = "<dl><dt>Mã hóa đơn</dt><dd id=bill>" + bill.billCode() + "</dd><dt>Số tiền</dt><dd>"
                    + String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", bill.amountVnd()) + " VND</dd></dl>"
                    + "<p id=status data-status=" + bill.status() + ">" + state + "</p>";
        }
        return "<!doctype html><html lang=vi><meta charset=utf-8><meta name=viewport content=\"width=device-width\">"
                + "<title>Kết quả thanh toán</title><h1>Kết quả thanh toán phí, lệ phí</h1>" + body + "</html>";
    }
}
