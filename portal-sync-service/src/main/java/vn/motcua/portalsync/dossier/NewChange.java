package vn.motcua.portalsync.dossier;

import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.mapping.ChangeKind;

/**
 * A change to record for the portal, with what it does to the local view of the dossier.
 *
 * @param key       idempotency key: the portal stores a change once however often it is sent
 * @param tag       what later changes may wait for (null: nothing waits for it)
 * @param waitsFor  the change it must follow (null: only the dossier, which everything follows)
 * @param waitCount how many changes of {@code waitsFor} must be recorded before it
 */
public record NewChange(String dossierCode, ChangeKind kind, Source source, String key, CaseState localState,
                        View view, Tag tag, Tag waitsFor, int waitCount, OffsetDateTime occurredAt, String payload) {

    /** Which service's stream the change comes from: changes of one stream keep their order. */
    public enum Source { INTAKE, PROCESSING, RECONCILIATION }

    /**
     * The dossier's clock and holder after the change (null parts leave the local view as it was).
     *
     * @param processingAgency the agency holding the case
     */
    public record View(OffsetDateTime dueAt, boolean paused, String processingAgency) {
    }
}
