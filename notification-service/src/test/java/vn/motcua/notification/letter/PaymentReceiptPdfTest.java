package vn.motcua.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The electronic receipt of a fee: a real PDF with the exact Vietnamese text of each field. */
class PaymentReceiptPdfTest {

    @Test
    void theReceiptPrintsTheUnitTheNumberThePayerTheAmountInFiguresAndWordsAndHowItWasPaid() throws IOException {
        PaymentReceipt r = new PaymentReceipt("UBND TỈNH HÀ NAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "12/BLTP-SKHCN",
                "Hà Nam, ngày 03 tháng 12 năm 2026", "Ông/Bà Nguyễn Văn An", "Thôn Đồng Sơn, xã Liêm Tuyền",
                "000.17.22.H56-261203-0007", "Cấp Giấy chứng nhận đăng ký hoạt động",
                "Lệ phí: Lệ phí cấp giấy chứng nhận đăng ký hoạt động", "Thông tư 263/2016/TT-BTC", "150.000",
                VietnameseAmount.inWords(150_000), "Thanh toán trực tuyến qua cổng thanh toán (mã giao dịch GW42511C79E0614156)",
                "10 giờ 15 phút, ngày 03/12/2026", "000.17.22.H56-261203-0007-TT01", "Sở Khoa học và Công nghệ tỉnh Hà Nam");
        byte[] pdf = new PdfRenderer().render(new LetterTemplates().paymentReceipt(r));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("UBND TỈNH HÀ NAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BIÊN LAI THU PHÍ, LỆ PHÍ", "(Biên lai điện tử) - Số: 12/BLTP-SKHCN",
                "Tên người nộp: Ông/Bà Nguyễn Văn An", "Địa chỉ: Thôn Đồng Sơn, xã Liêm Tuyền",
                "Hồ sơ: 000.17.22.H56-261203-0007 - Cấp Giấy chứng nhận đăng ký hoạt động",
                "Tên loại phí, lệ phí: Lệ phí: Lệ phí cấp giấy chứng nhận đăng ký hoạt động",
                "Căn cứ thu: Thông tư 263/2016/TT-BTC", "Số tiền: 150.000 đồng",
                "Số tiền bằng chữ: Một trăm năm mươi nghìn đồng",
                "Hình thức thanh toán: Thanh toán trực tuyến qua cổng thanh toán (mã giao dịch GW42511C79E0614156)",
                "Thời gian nộp: 10 giờ 15 phút, ngày 03/12/2026", "Mã khoản thu: 000.17.22.H56-261203-0007-TT01",
                "Hà Nam, ngày 03 tháng 12 năm 2026", "NGƯỜI THU TIỀN", "Sở Khoa học và Công nghệ tỉnh Hà Nam");
    }
}
