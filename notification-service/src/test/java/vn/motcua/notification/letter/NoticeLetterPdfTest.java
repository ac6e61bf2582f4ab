package vn.motcua.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Receipt, supplement request and refusal on the shared layout: real PDFs with the exact Vietnamese text. */
class NoticeLetterPdfTest {

    static NoticeLetter notice(String text) {
        return notice(text, java.util.List.of());
    }

    static NoticeLetter notice(String text, java.util.List<NoticeLetter.Item> items) {
        return new NoticeLetter("UBND TỈNH HÀ NAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ tỉnh Hà Nam",
                "7/BSHS-SKHCN", "Hà Nam, ngày 26 tháng 11 năm 2026", "Ông/Bà Đặng Thị Thu Hường", "Ông/Bà",
                "Thôn Đồng Sơn, xã Liêm Tuyền", "Cấp Giấy phép tiến hành công việc bức xạ", "000.17.22.H56-261125-0003",
                "09 giờ 15 phút, ngày 25/11/2026", "17 giờ 00 phút, ngày 16/12/2026", "qua dịch vụ bưu chính công ích",
                text, "specialist1", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "Nguyễn Văn Tiếp", "Mẫu số 02 - Thông tư 03/2025/TT-VPCP",
                items);
    }

    static String text(LetterKind kind, NoticeLetter n) throws IOException {
        byte[] pdf = new PdfRenderer().render(new LetterTemplates().notice(kind, n));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void eachNoticeCarriesTheHeaderItsTitleAndItsFields() throws IOException {
        String supplement = text(LetterKind.SUPPLEMENT, notice("Bản sao chứng chỉ nhân viên bức xạ (01 bản)"));
        assertThat(supplement).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 7/BSHS-SKHCN", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Kính gửi: Ông/Bà Đặng Thị Thu Hường",
                "Mã hồ sơ: 000.17.22.H56-261125-0003", "Bản sao chứng chỉ nhân viên bức xạ (01 bản)",
                "không tính vào thời hạn giải quyết", "Mẫu số 02 - Thông tư 03/2025/TT-VPCP");
        var items = java.util.List.of(new NoticeLetter.Item(1, "Đơn đề nghị cấp giấy phép", "Bản chính", 1),
                new NoticeLetter.Item(2, "Giấy chứng nhận kiểm định", "Bản sao chứng thực", 2));
        assertThat(text(LetterKind.RECEIPT, notice("", items))).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "TT Tên thành phần hồ sơ Hình thức Số lượng", "1 Đơn đề nghị cấp giấy phép Bản chính 1",
                "2 Giấy chứng nhận kiểm định Bản sao chứng thực 2",
                "Thời gian nhận hồ sơ: 09 giờ 15 phút, ngày 25/11/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 16/12/2026",
                "Nhận kết quả: qua dịch vụ bưu chính công ích", "Nguyễn Văn Tiếp");
        assertThat(text(LetterKind.REFUSAL, notice("Cơ sở chưa có giấy phép hoạt động"))).contains("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ",
                "với lý do sau: Cơ sở chưa có giấy phép hoạt động");
        // a slip at reception has no dossier code yet: no code line, the missing items in the table
        NoticeLetter slip = notice("Thiếu 2 thành phần", items);
        slip = new NoticeLetter(slip.parentAgency(), slip.agencyName(), slip.agencyDisplayName(), slip.number(),
                slip.placeAndDate(), slip.addressee(), slip.salutation(), slip.address(), slip.procedureName(), "", "", "",
                slip.returnMethod(), slip.text(), slip.officer(), slip.signerTitle(), slip.signerName(), slip.form(), items);
        assertThat(text(LetterKind.SUPPLEMENT, slip)).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "1 Đơn đề nghị cấp giấy phép Bản chính 1").doesNotContain("Mã hồ sơ");
    }
}
