package vn.motcua.platform.events.contract;

/** What an amount due is in law (Law on Fees and Charges 97/2015/QH13). */
public enum FeeKind {
    /** phí: pays for a public service */
    FEE,
    /** lệ phí: due for a state administrative service */
    CHARGE
}
