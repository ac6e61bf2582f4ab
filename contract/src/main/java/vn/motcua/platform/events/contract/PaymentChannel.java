package vn.motcua.platform.events.contract;

/** How a fee or charge was paid (hình thức thanh toán). */
public enum PaymentChannel {
    /** through the payment gateway (thanh toán trực tuyến): counts as "paid online" (Decision 766, online payment) */
    ONLINE,
    /** in cash at the one-stop counter, with a receipt */
    COUNTER_CASH,
    /** in cash to the postal clerk who received the dossier or delivers the result (Decision 45/2016/QĐ-TTg) */
    POSTAL_CASH;

    public boolean online() {
        return this == ONLINE;
    }
}
