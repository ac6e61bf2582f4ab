package vn.motcua.platform.events.contract;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * Data of {@code vn.motcua.processing.case.status-changed.v1}: every transition of a case, with the national portal's
 * status code (1–10) so a sync adapter can report it and dashboards can count it. Grouped into what happened
 * ({@link Transition}) and where the case's clock stands after it ({@link Deadline}), so that a producer cannot put one
 * time or one state where another belongs.
 *
 * @param assignee      the officer the case is with after the transition (null when with nobody yet)
 * @param partnerAgency the co-processing agency while the case is transferred (liên thông), else null
 * @param submittedBy   the applicant's account, for the citizen's own notifications (null for counter dossiers)
 * @param results       the signed result documents, on the transitions to {@code RESULT_READY} and {@code RETURNED}
 *                      (giấy tờ kết quả; null on every other transition)
 */
public record CaseStatusChanged(
        String dossierCode,
        String agencyCode,
        String procedureCode,
        Transition transition,
        Deadline deadline,
        @Nullable String assignee,
        @Nullable String partnerAgency,
        @Nullable String submittedBy,
        @Nullable java.util.List<ResultRef> results) {

    /** A signed result document as the national portal lists it: its file, digest, signer and signing time. */
    public record ResultRef(String fileName, String sha256, @Nullable String signerName, @Nullable OffsetDateTime signedAt) {
    }

    /**
     * What happened to the case.
     *
     * @param action    e.g. {@code ASSIGN}, {@code REQUEST_SUPPLEMENT}, {@code APPROVE}, {@code SIGN_RESULT}
     * @param fromState the state before (null when the case was opened)
     * @param actor     who did it (a user name; {@code system} or the intake event's author for the system's own rows)
     * @param comment   the officer's reason or note, as the applicant may read it
     */
    public record Transition(String action, @Nullable CaseState fromState, CaseState toState, int nationalStatusCode,
                             @Nullable String actor, OffsetDateTime at, @Nullable String comment) {
    }

    /**
     * The case's clock after the transition.
     *
     * @param dueAt      the appointment date (hẹn trả) in force
     * @param paused     whether the clock stands still (supplement, payment, suspension)
     * @param stepDueAt  due time of the step the case entered (null when it entered no timed step)
     * @param timeliness of the step the case left: {@code EARLY}, {@code ON_TIME} or {@code LATE} (null if none)
     */
    public record Deadline(@Nullable OffsetDateTime dueAt, boolean paused, @Nullable OffsetDateTime stepDueAt,
                           @Nullable Timeliness timeliness) {
    }
}
