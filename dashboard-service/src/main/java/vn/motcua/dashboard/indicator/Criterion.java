package vn.motcua.dashboard.indicator;

/**
 * The scored criteria of Decision 766/QĐ-TTg (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân,
 * doanh nghiệp) that the events can measure, with their points and default targets. A criterion earns its full points
 * when its rate meets the target, else rate ÷ target × points. Targets and points are a province's to set
 * ({@code motcua.indicators.targets.<NAME>}, {@code motcua.indicators.points.<NAME>}); these are the defaults.
 */
public enum Criterion {
    /** Transparency group (6 of 18): dossiers received that the National Public Service Portal has ÷ dossiers received. */
    PORTAL_SYNC("TRANSPARENCY", 6, 1.0, "hồ sơ đã đồng bộ lên Cổng DVCQG ÷ hồ sơ tiếp nhận"),
    /** Timeliness group (20): on-time rate = (done early + done on time + in progress within the deadline) ÷ (done + in progress). */
    ON_TIME("TIMELINESS", 20, 1.0, "(trước hạn + đúng hạn + đang giải quyết trong hạn) ÷ (đã giải quyết + đang giải quyết)"),
    /** Online services group (12): online submissions ÷ dossiers received. */
    ONLINE_SUBMISSION("ONLINE_SERVICE", 12, 0.5, "hồ sơ trực tuyến ÷ hồ sơ tiếp nhận"),
    /** Online payment group (6 of 10): fee-bearing dossiers paid online ÷ fee-bearing dossiers. */
    ONLINE_PAYMENT("ONLINE_PAYMENT", 6, 0.5, "hồ sơ thanh toán trực tuyến ÷ hồ sơ có phí, lệ phí"),
    /** Satisfaction group (18): (very satisfied + satisfied) ÷ dossiers rated. */
    SATISFACTION("SATISFACTION", 18, 0.9, "(rất hài lòng + hài lòng) ÷ số đánh giá"),
    /** Digitisation group (6 of 22): done dossiers with a signed electronic result ÷ done dossiers. */
    ELECTRONIC_RESULTS("DIGITISATION", 6, 1.0, "hồ sơ có kết quả điện tử ÷ hồ sơ đã giải quyết"),
    /** Digitisation group (4 of 22): components received as files ÷ components received. */
    DIGITISED_COMPONENTS("DIGITISATION", 4, 0.8, "thành phần hồ sơ số hóa ÷ thành phần hồ sơ tiếp nhận"),
    /** Digitisation group (2 of 22): components taken from digitised data ÷ components received. */
    REUSED_DATA("DIGITISATION", 2, 0.8, "thành phần tái sử dụng dữ liệu số ÷ thành phần hồ sơ tiếp nhận");

    private final String group;
    private final double points;
    private final double target;
    private final String formula;

    Criterion(String group, double points, double target, String formula) {
        this.group = group;
        this.points = points;
        this.target = target;
        this.formula = formula;
    }

    public String group() {
        return group;
    }

    public double defaultPoints() {
        return points;
    }

    public double defaultTarget() {
        return target;
    }

    public String formula() {
        return formula;
    }
}
