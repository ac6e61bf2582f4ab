package vn.motcua.notification.letter;

/**
 * The official letters of the one-stop process (mẫu văn bản), with the form number the circular gives each, the
 * symbol of its document number (số văn bản …/TNHS-SKHCN) and, for the notices on the shared layout, its template.
 */
public enum LetterKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (form 01). */
    RECEIPT("01", "TNHS", "letters/receipt.html"),
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (form 02). */
    SUPPLEMENT("02", "BSHS", "letters/supplement-request.html"),
    /** Phiếu từ chối tiếp nhận, giải quyết hồ sơ (form 03). */
    REFUSAL("03", "TCHS", "letters/refusal.html"),
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả (form 04); its template depends on the rule set (LetterTemplates.APOLOGY). */
    APOLOGY("04", "PXL", null),
    /** Biên lai thu phí, lệ phí điện tử (Decree 123/2020/NĐ-CP): its own layout (letters/payment-receipt.html). */
    PAYMENT_RECEIPT("BL", "BLTP", null);

    private final String form;
    private final String symbol;
    private final String noticeTemplate;

    LetterKind(String form, String symbol, String noticeTemplate) {
        this.form = form;
        this.symbol = symbol;
        this.noticeTemplate = noticeTemplate;
    }

    public String form() {
        return form;
    }

    public String symbol() {
        return symbol;
    }

    /** The template of a notice on the shared layout; null for the apology, whose form changes with the rule set. */
    public String noticeTemplate() {
        return noticeTemplate;
    }
}
