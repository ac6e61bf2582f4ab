package vn.motcua.portalsync.api;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.mapping.ChangeKind;
import vn.motcua.portalsync.reconcile.Cause;
import vn.motcua.portalsync.reconcile.FindingKind;

/** What the sync API answers. */
public final class Views {

    private Views() {
    }

    /** Where a change stands: waiting for one it must follow, pending (queued or being retried), acknowledged, parked. */
    public enum ChangeState { WAITING, PENDING, ACKED, PARKED }

    /** One call made for a change and the portal's answer (the ledger's line). */
    public record Call(OffsetDateTime at, String outcome, Integer httpStatus, String message, int durationMs) {
    }

    /**
     * A change for the portal.
     *
     * @param seq      its place in the dossier's order (null while it waits)
     * @param attempts calls made since it was queued (or retried by an operator)
     */
    public record Change(long id, String dossierCode, Long seq, ChangeKind kind, String operation, int statusCode,
                         ChangeState state, int attempts, OffsetDateTime occurredAt, OffsetDateTime enqueuedAt,
                         OffsetDateTime ackedAt, OffsetDateTime nextAttemptAt, String portalMessage, String lastError,
                         List<Call> calls) {
    }

    /**
     * A dossier's sync status and ledger.
     *
     * @param localStatus  the portal status code of the province's state
     * @param ackedStatus  the status code of the newest change the portal acknowledged
     * @param synced       every change of the dossier acknowledged
     */
    public record DossierSync(String dossierCode, String agencyCode, String unitId, CaseState localState, int localStatus,
                              Integer ackedStatus, OffsetDateTime ackedAt, boolean synced, List<Change> changes) {
    }

    /**
     * The sync figures of the caller's scope (the transparency indicator counts synced dossiers).
     *
     * @param syncRatePercent  dossiers whose every change is acknowledged, over all dossiers, in %
     * @param lagSeconds       age of the oldest change not yet acknowledged (0 when none)
     */
    public record Summary(String agencyCode, long dossiers, long synced, long pendingChanges, long waitingChanges,
                          long parkedChanges, double syncRatePercent, long lagSeconds) {
    }

    /** One finding of a reconciliation. */
    public record Finding(String dossierCode, String agencyCode, FindingKind kind, Integer localStatus, Integer portalStatus,
                          OffsetDateTime localDueAt, OffsetDateTime portalDueAt, Cause cause, String detail, boolean repaired) {
    }

    /** A reconciliation run with its findings (of the caller's scope, at most the requested number). */
    public record Run(long id, String trigger, OffsetDateTime startedAt, OffsetDateTime finishedAt, int checked,
                      int mismatches, int repaired, int overdue, int unreachable, List<Finding> findings) {
    }
}
