package vn.motcua.processing.casefile;

import vn.motcua.platform.events.contract.SignatureState;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.CaseState;
import java.util.List;

/**
 * A case as officers and the applicant see it: where it stands, its deadlines (overall and current step, live
 * status), the apology if any, the actions its state allows, and the control-sheet rows.
 */
public record CaseView(
        String dossierCode,
        String agencyCode,
        String procedureCode,
        String procedureName,
        CaseState state,
        int nationalStatusCode,
        String ruleSet,
        String applicantName,
        String assignee,
        OffsetDateTime receivedAt,
        OffsetDateTime countingStartsAt,
        OffsetDateTime originalDueAt,
        OffsetDateTime dueAt,
        Deadline deadline,
        Step step,
        Partner partner,
        Apology apology,
        OffsetDateTime closedAt,
        String outcomeReason,
        List<vn.motcua.processing.workflow.CaseAction> allowedActions,
        List<Component> components,
        List<LogRow> log) {

    /** A component of the dossier and its signature state (UNSIGNED, VALID, INVALID, UNTRUSTED, EXPIRED, REVOKED…). */
    public record Component(String name, String fileName, String mediaType, String sha256, SignatureState signatureState,
                            String signerName) {
    }

    /**
     * @param status          live: ON_TIME, NEAR_DUE, OVERDUE (PAUSED while the clock is stopped)
     * @param needsLeaderAttention overdue without an apology
     */
    public record Deadline(String status, OffsetDateTime nearDueAt, OffsetDateTime apologyDeadline, boolean clockPaused,
                           OffsetDateTime pausedSince, boolean needsLeaderAttention) {
    }

    /**
     * @param name  the case state the step covers
     * @param title the published step's name (e.g. "Thẩm định hồ sơ"), and {@code unit} / {@code role} responsible
     */
    public record Step(CaseState name, String title, String unit, String role, OffsetDateTime startedAt,
                       OffsetDateTime dueAt, String status) {
    }

    public record Partner(String agencyCode, OffsetDateTime dueAt) {
    }

    public record Apology(String reason, OffsetDateTime previousDueAt, OffsetDateTime newDueAt, String signerName,
                          String signerTitle, boolean onBehalfOfHead, OffsetDateTime recordedAt) {
    }

    public record LogRow(OffsetDateTime at, String actor, String action, String fromState, String toState,
                         String comment, OffsetDateTime stepDueAt,
                         vn.motcua.platform.events.contract.Timeliness timeliness) {
    }
}
