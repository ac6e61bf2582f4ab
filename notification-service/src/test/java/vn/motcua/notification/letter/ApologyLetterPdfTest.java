package vn.motcua.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.DossierAccepted;

/** The letter is a real PDF whose extracted text is the exact Vietnamese of the form, for both rule sets. */
class ApologyLetterPdfTest {

    static ApologyIssued event(String ruleSet, boolean deputy) {
        return new ApologyIssued("000.17.22.H56-261125-0007",
                new ApologyIssued.AgencyRef("SKHCN", "Sở Khoa học và Công nghệ tỉnh Hà Nam"),
                new ApologyIssued.ProcedureRef("1.004227.000.00.00.H56", "Cấp Giấy chứng nhận đăng ký hoạt động dịch vụ đánh giá sự phù hợp"),
                ruleSet,
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Thị Hồng Nhung", "0912345678", "nhung@example.vn",
                        "Số 12, đường Lê Lợi, phường Quang Trung, thành phố Phủ Lý", null),
                "citizen1", "ONLINE",
                new ApologyIssued.Rescheduling(OffsetDateTime.parse("2026-11-25T09:15:00+07:00"),
                        OffsetDateTime.parse("2026-12-09T17:00:00+07:00"), OffsetDateTime.parse("2026-12-16T10:30:00+07:00"),
                        "Cần lấy ý kiến thẩm định của Bộ Khoa học và Công nghệ"),
                new ApologyIssued.Signer("Trần Thị Bình", "GIÁM ĐỐC", deputy, deputy ? "PHÓ GIÁM ĐỐC" : null),
                "leader1", OffsetDateTime.parse("2026-12-07T08:00:00+07:00"));
    }

    static Letterhead head() {
        Letterhead h = new Letterhead();
        h.agencyCode = "SKHCN";
        h.parentName = "UBND TỈNH HÀ NAM";
        h.agencyName = "SỞ KHOA HỌC VÀ CÔNG NGHỆ";
        h.displayName = "Sở Khoa học và Công nghệ tỉnh Hà Nam";
        h.place = "Hà Nam";
        h.headTitle = "GIÁM ĐỐC";
        h.symbol = "SKHCN";
        return h;
    }

    static String render(ApologyIssued a) throws IOException {
        LetterTemplates templates = new LetterTemplates();
        byte[] pdf = new PdfRenderer().render(templates.apology(a.ruleSet(),
                ApologyLetters.model(a, head(), "15/PXL-SKHCN", a.issuedAt())));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void circular032025LetterWithADeputySigningOnBehalf() throws IOException {
        String text = render(event("DECREE_118_2025", true));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND TỈNH HÀ NAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 15/PXL-SKHCN", "Hà Nam, ngày 07 tháng 12 năm 2026",
                "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                "Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung",
                "Địa chỉ: Số 12, đường Lê Lợi, phường Quang Trung, thành phố Phủ Lý",
                "Ngày 25/11/2026, Sở Khoa học và Công nghệ tỉnh Hà Nam tiếp nhận hồ sơ",
                "Cấp Giấy chứng nhận đăng ký hoạt động dịch vụ đánh giá sự phù hợp",
                "Mã hồ sơ: 000.17.22.H56-261125-0007",
                "Thời hạn giải quyết theo quy định: 17 giờ 00 phút, ngày 09/12/2026",
                "Lý do: Cần lấy ý kiến thẩm định của Bộ Khoa học và Công nghệ",
                "hẹn trả kết quả vào 10 giờ 30 phút, ngày 16/12/2026",
                "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Bình");
    }

    @Test
    void circular012018LetterSignedByTheHead() throws IOException {
        String text = render(event("DECREE_61_2018", false));
        assertThat(text).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào 10 giờ 30 phút, ngày 16/12/2026",
                "GIÁM ĐỐC", "Trần Thị Bình")
                .doesNotContain("KT. GIÁM ĐỐC").doesNotContain("ĐỀ NGHỊ GIA HẠN");
    }

    @Test
    void markupInDataIsPrintedNotInterpreted() throws IOException {
        ApologyIssued a = event("DECREE_118_2025", false);
        ApologyIssued tricky = new ApologyIssued(a.dossierCode(), a.agency(), a.procedure(), a.ruleSet(), a.applicant(),
                a.submittedBy(), a.resultReturnChannel(),
                new ApologyIssued.Rescheduling(a.rescheduling().receivedAt(), a.rescheduling().previousDueAt(),
                        a.rescheduling().newDueAt(), "Chờ kết quả <b>kiểm định</b> & đo lường"),
                new ApologyIssued.Signer(a.signer().name(), a.signer().title(), false, null), a.recordedBy(), a.issuedAt());
        assertThat(render(tricky)).contains("Chờ kết quả <b>kiểm định</b> & đo lường");
    }
}
