package vn.motcua.platform.events.contract;

/** Where a case stands against its due date (trong hạn / sắp đến hạn / quá hạn). Ordered. */
public enum DeadlineStage {
    ON_TIME, NEAR_DUE, OVERDUE;

    public static DeadlineStage lower(DeadlineStage a, DeadlineStage b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
