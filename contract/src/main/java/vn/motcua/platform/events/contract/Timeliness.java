package vn.motcua.platform.events.contract;

/**
 * How a step of a case ended against its due time, as the control sheet records it (trước hạn, đúng hạn, quá hạn):
 * EARLY on an earlier Vietnamese day than due, ON_TIME up to the due time, LATE after it. processing-service decides
 * it; every reader of the status-changed event reads this enum, not a copied string.
 */
public enum Timeliness { EARLY, ON_TIME, LATE }
