package vn.motcua.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.support.Events;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;

/** A paid bill's event becomes one numbered receipt and its messages, however often the event is delivered. */
@QuarkusTest
class PaymentReceiptDeliveryTest {

    static String settled(String code, String channel, String collectedBy) {
        return """
                {"dossierCode":"%s","agency":{"code":"SKHCN","name":"Sở Khoa học và Công nghệ tỉnh Hà Nam"},
                 "procedure":{"code":"1.004227.000.00.00.H56","name":"Cấp Giấy chứng nhận đăng ký hoạt động"},
                 "bill":{"billCode":"%s-TT01","kind":"CHARGE","amountVnd":1050000,"legalBasis":"Thông tư 263/2016/TT-BTC",
                         "description":"Lệ phí cấp giấy chứng nhận"},
                 "payer":{"name":"Nguyễn Văn An","email":null},"submittedBy":"citizen1",
                 "settlement":{"channel":"%s","gatewayTransactionId":null,"collectedBy":%s,
                               "paidAt":"2026-12-03T10:15:00+07:00","recordedAt":"2026-12-03T10:15:02+07:00"}}"""
                .formatted(code, code, channel, collectedBy == null ? "null" : "\"" + collectedBy + "\"");
    }

    static List<Letter> receipts(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Letter.<Letter>list("dossierCode = ?1 AND kind = ?2", code,
                LetterKind.PAYMENT_RECEIPT));
    }

    static List<Notification> messages(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("dossierCode = ?1 AND kind = ?2",
                code, Notification.Kind.PAYMENT_RECEIPT));
    }

    @Test
    void aRedeliveredPaymentGivesOneReceiptAndOneMessage() throws Exception {
        String code = vn.motcua.testsupport.TestCodes.dossier("000.17.22.H56");
        String id = Events.newId();
        String event = Events.event(id, EventTypes.PAYMENT_SETTLED, code, settled(code, "POSTAL_CASH", "postal1"));
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, event);
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, event); // redelivered
        Events.await(() -> !receipts(code).isEmpty() && !messages(code).isEmpty(), "receipt of " + code);
        vn.motcua.testsupport.Waits.holds("one receipt for " + code, java.time.Duration.ofMillis(1500),
                () -> receipts(code).size() == 1 && messages(code).size() == 1);
        Letter receipt = receipts(code).get(0);
        assertThat(receipt.number).endsWith("/BLTP-SKHCN");
        byte[] pdf = QuarkusTransaction.requiringNew().call(() -> Letter.<Letter>findById(receipt.id).pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(doc),
                    java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(text).contains("Số: " + receipt.number, "Số tiền: 1.050.000 đồng",
                    "Số tiền bằng chữ: Một triệu không trăm năm mươi nghìn đồng",
                    "Hình thức thanh toán: Tiền mặt qua nhân viên bưu chính", "postal1");
        }
        Notification m = messages(code).get(0);
        assertThat(m.channel).isEqualTo("IN_APP");
        assertThat(m.body).contains("1.050.000 đồng (Một triệu không trăm năm mươi nghìn đồng)")
                .contains("tiền mặt qua nhân viên bưu chính").contains(receipt.number);
    }
}
