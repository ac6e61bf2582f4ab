package vn.motcua.platform.events.contract;

/**
 * What a request for supplement does to a procedure's clock (FACTS.md, clock rules): the time limit pauses and the
 * remaining time counts on once the supplement arrives, or, where the sector's rule says so, the whole time limit
 * counts again from the day the complete dossier arrives.
 */
public enum SupplementClockMode {
    /** the clock stops while the applicant supplements, and goes on from where it stood (tạm dừng tính thời gian) */
    PAUSE,
    /** the time limit counts again from the start once the supplement arrives (tính lại từ đầu) */
    RESTART
}
