package vn.motcua.dashboard.readmodel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The additive counters of a unit, channel, reception desk and day (chỉ tiêu cộng dồn): one column of
 * {@code day_count} each, named after the constant. Which day a dossier counts on is the metric's: the day of receipt
 * for what was received, the day of the result for what was done, the day of the rating for ratings.
 *
 * <p>The {@linkplain #stock() stock} metrics (số tồn) count what is in a state at a moment rather than what happened in a
 * period: a dossier adds 1 on the day it enters the state and takes it back on the day it leaves it, so the dossiers
 * in that state at the end of a day are the sum of every row up to that day (a few thousand month rows for a
 * province), never a scan of the dossiers.
 */
public enum Metric {
    /** Dossiers received (tiếp nhận), on the day of receipt. */
    RECEIVED,
    /** Of those, submitted online (trực tuyến): the online share by unit and month. */
    RECEIVED_ONLINE,
    /** Of those, acknowledged by the National Public Service Portal (đồng bộ lên Cổng DVCQG). */
    SYNCED_TO_PORTAL,
    /** Received dossiers of a procedure with a fee or charge. */
    FEE_BEARING,
    /** Fee-bearing dossiers paid online (thanh toán trực tuyến). */
    PAID_ONLINE,
    /** Components received. */
    COMPONENTS,
    /** Components received as an electronic file (số hóa). */
    COMPONENTS_DIGITISED,
    /** Components taken from the applicant's earlier digitised documents (tái sử dụng dữ liệu). */
    COMPONENTS_REUSED,
    /** Dossiers done (result or refusal) on a calendar day before their due day (trước hạn). */
    DONE_EARLY,
    /** Done on the due day, not after the due time (đúng hạn). */
    DONE_ON_TIME,
    /** Done after the due time (trễ hạn); an apology's new date does not make a dossier on time. */
    DONE_LATE,
    /** Done late with no apology letter issued. */
    DONE_LATE_WITHOUT_APOLOGY,
    /** Working minutes the done dossiers took, pauses excluded (for the average in working days). */
    PROCESSING_MINUTES,
    /** Done dossiers whose result is a signed electronic document (kết quả điện tử). */
    RESULTS_ELECTRONIC,
    /** Refused during processing, with a reason (từ chối giải quyết); also counted as done. */
    REFUSED,
    /** Withdrawn by the applicant (rút hồ sơ). */
    WITHDRAWN,
    /** Stopped at the applicant's request (dừng xử lý). */
    STOPPED,
    /** Results handed over (đã trả kết quả), on the day of hand-over. */
    RETURNED,
    /** Results returned by post. */
    RETURNED_BY_POST,
    /** Results returned by post not after the due time. */
    RETURNED_BY_POST_ON_TIME,
    /** Dossiers asked for a supplement during processing at least once, on the day of the first request. */
    SUPPLEMENT_REQUESTED,
    /** Apology letters issued (văn bản xin lỗi), on the day issued. */
    APOLOGIES,
    RATED_VERY_SATISFIED,
    RATED_SATISFIED,
    RATED_ACCEPTABLE,
    RATED_DISSATISFIED,
    /** Reception slips asking for a supplement (form 02) at the desk: the dossier was not accepted. */
    SLIP_SUPPLEMENT,
    /** Reception slips refusing the dossier (form 03) at the desk. */
    SLIP_REFUSAL,
    /** Stock: in progress (đang giải quyết), from receipt until the result or the closing without one. */
    OPEN(true),
    /** Stock: in progress past the due time in force (quá hạn). */
    OPEN_PAST_DUE(true),
    /** Stock: in progress and paused (tạm dừng: bổ sung, nghĩa vụ tài chính), from the pause. */
    OPEN_PAUSED(true),
    /** Stock: paused and past the due time. */
    OPEN_PAUSED_PAST_DUE(true),
    /** Stock: in progress past the due time, and no apology letter issued. */
    OPEN_PAST_DUE_WITHOUT_APOLOGY(true);

    private final boolean stock;

    Metric() {
        this(false);
    }

    Metric(boolean stock) {
        this.stock = stock;
    }

    /** Whether the metric is a stock, read as a sum from the beginning up to a moment, not over a period. */
    public boolean stock() {
        return stock;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The columns in declaration order, comma-separated, for the statements built from this enum. */
    public static String columns(String prefix) {
        return Arrays.stream(values()).map(m -> prefix + m.column()).collect(Collectors.joining(", "));
    }

    /** The metric a satisfaction rating counts in; an unknown rating is malformed. */
    public static Metric ofRating(String rating) {
        return switch (rating == null ? "" : rating) {
            case "VERY_SATISFIED" -> RATED_VERY_SATISFIED;
            case "SATISFIED" -> RATED_SATISFIED;
            case "ACCEPTABLE" -> RATED_ACCEPTABLE;
            case "DISSATISFIED" -> RATED_DISSATISFIED;
            default -> throw new IllegalArgumentException("unknown rating " + rating);
        };
    }
}
