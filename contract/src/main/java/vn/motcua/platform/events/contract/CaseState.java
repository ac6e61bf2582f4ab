package vn.motcua.platform.events.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * States of a case (processing-service owns the lifecycle; intake and notification read them from its events), each mapped to the National Public Service Portal's dossier status code (1 new, 2 accepted,
 * 3 refused, 4 processing, 5 supplement requested, 6 payment requested, 7 withdrawn, 8 stopped, 9 done, 10 returned).
 */
public enum CaseState {
    /** Received from intake, waiting for the unit leader to assign it (đã tiếp nhận). */
    RECEIVED(2),
    /** Assigned to a specialist (đã phân công). */
    ASSIGNED(4),
    /** The specialist examines and drafts (đang xử lý). */
    IN_PROCESS(4),
    /** Waiting for the applicant to add or fix documents; clock stopped (yêu cầu bổ sung). */
    SUPPLEMENT_REQUESTED(5),
    /** Waiting for the applicant to pay fees or charges; clock stopped (yêu cầu thực hiện nghĩa vụ tài chính). */
    PAYMENT_REQUESTED(6),
    /** Processing suspended, e.g. waiting for another authority's conclusion; clock stopped (tạm dừng). */
    SUSPENDED(8),
    /** With a co-processing agency for its part (liên thông); the lead agency's clock keeps running. */
    TRANSFERRED(4),
    /** Draft result waiting for the leader (trình lãnh đạo). */
    AWAITING_APPROVAL(4),
    /** Approved; the result is being signed and numbered (đã phê duyệt). */
    APPROVED(4),
    /** Refused with a reason (từ chối giải quyết). */
    REFUSED(3),
    /** Signed result ready for the applicant (có kết quả). */
    RESULT_READY(9),
    /** Result handed over at the counter, by post or online (đã trả kết quả). */
    RETURNED(10),
    /** Withdrawn by the applicant (rút hồ sơ). */
    WITHDRAWN(7),
    /** Stopped at the applicant's request, with a notice (dừng xử lý). */
    STOPPED(8);

    /** States in which the processing time runs and the deadline matters. */
    public static final Set<CaseState> CLOCK_RUNNING = EnumSet.of(RECEIVED, ASSIGNED, IN_PROCESS, TRANSFERRED,
            AWAITING_APPROVAL, APPROVED);
    /** States in which the clock is stopped until the case resumes. */
    public static final Set<CaseState> PAUSED = EnumSet.of(SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, SUSPENDED);
    /** Final states. */
    public static final Set<CaseState> CLOSED = EnumSet.of(REFUSED, RETURNED, WITHDRAWN, STOPPED);

    private final int nationalStatusCode;

    CaseState(int nationalStatusCode) {
        this.nationalStatusCode = nationalStatusCode;
    }

    public int nationalStatusCode() {
        return nationalStatusCode;
    }

    public boolean clockRunning() {
        return CLOCK_RUNNING.contains(this);
    }

    public boolean paused() {
        return PAUSED.contains(this);
    }

    public boolean closed() {
        return CLOSED.contains(this);
    }
}
