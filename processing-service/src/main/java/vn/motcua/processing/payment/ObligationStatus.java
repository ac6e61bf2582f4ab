package vn.motcua.processing.payment;

import java.util.EnumSet;
import java.util.Set;

/** Where a payment obligation (nghĩa vụ tài chính) stands. */
public enum ObligationStatus {
    /** requested, not paid: the applicant may pay */
    OPEN,
    /** the applicant was sent to the gateway; its report is awaited */
    PENDING,
    /** paid, once */
    PAID,
    /** the last attempt failed at the gateway (declined, cancelled): the applicant may pay again */
    FAILED,
    /** not paid by its due date */
    EXPIRED,
    /** paid and given back */
    REFUNDED,
    /** the case closed before it was paid (withdrawn, stopped) */
    CANCELLED;

    /** The states from which a payment settles the obligation. */
    public static final Set<ObligationStatus> PAYABLE = EnumSet.of(OPEN, PENDING, FAILED);

    public boolean payable() {
        return PAYABLE.contains(this);
    }
}
