package vn.motcua.portalsync.mapping;

import java.util.Optional;
import vn.motcua.platform.events.EventCatalog;

/**
 * The one table of what reaches the portal: for every event the product publishes, the change it becomes (or why
 * none). A dossier's status code is its case state's national code ({@link vn.motcua.platform.events.contract.CaseState},
 * the contract's table); intake's own states map here: accepted = 2 on the dossier itself, a withdrawal = 7 only once
 * processing has closed the case (it may refuse), a reception slip has no dossier code and is not a dossier.
 */
public final class SyncRule {

    private SyncRule() {
    }

    /** The change an event becomes, or empty when the portal is not told of it (see {@link #whyNot}). */
    public static Optional<ChangeKind> changeFor(EventCatalog event) {
        return switch (event) {
            case DOSSIER_ACCEPTED -> Optional.of(ChangeKind.DOSSIER);
            case CASE_STATUS_CHANGED -> Optional.of(ChangeKind.STATUS);
            case DOSSIER_SUPPLEMENTED -> Optional.of(ChangeKind.SUPPLEMENT_RECEIVED);
            case DOSSIER_RATED -> Optional.of(ChangeKind.RATING);
            case DOSSIER_COMPONENT_ADDED, DOSSIER_WITHDRAWN, RECEPTION_SLIP_ISSUED, AGENCY_PUBLISHED, CASE_OPENED,
                 CASE_DEADLINE_CROSSED, CASE_STEP_OVERDUE, CASE_APOLOGY_ISSUED, CASE_WITHDRAWAL_REFUSED, PORTAL_DOSSIER_SYNCED -> Optional.empty();
        };
    }

    /** Why an event is not sent on its own (for the documentation and the exhaustive test). */
    public static String whyNot(EventCatalog event) {
        return switch (event) {
            case DOSSIER_ACCEPTED, CASE_STATUS_CHANGED, DOSSIER_SUPPLEMENTED, DOSSIER_RATED -> "sent";
            case DOSSIER_COMPONENT_ADDED -> "the components travel with the dossier (TaiLieuNop) and its supplements";
            case DOSSIER_WITHDRAWN -> "processing may refuse it; its WITHDRAWN transition (status 7) is what is sent";
            case RECEPTION_SLIP_ISSUED -> "not accepted at reception: no dossier code, not a dossier";
            case AGENCY_PUBLISHED -> "reference data: the unit identifiers every call carries";
            case CASE_OPENED -> "the opening is the dossier's own status 2, sent with the dossier";
            case CASE_DEADLINE_CROSSED, CASE_STEP_OVERDUE -> "internal alerts; the portal computes lateness itself";
            case CASE_APOLOGY_ISSUED -> "its APOLOGY transition carries the new appointment date (NgayHenTra)";
            case CASE_WITHDRAWAL_REFUSED -> "nothing changed for the portal: the case goes on";
            case PORTAL_DOSSIER_SYNCED -> "this service's own report that the portal has the dossier";
        };
    }

    /**
     * Portal rating codes (MucDoHaiLong): 1 very satisfied, 2 satisfied, 3 acceptable, 4 dissatisfied; the contract's
     * rating names. Unknown names are refused (the event is malformed).
     */
    public static int ratingCode(String rating) {
        return switch (rating) {
            case "VERY_SATISFIED" -> 1;
            case "SATISFIED" -> 2;
            case "ACCEPTABLE" -> 3;
            case "DISSATISFIED" -> 4;
            default -> throw new IllegalArgumentException("unknown rating " + rating);
        };
    }
}
