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

    /** A row of the table: the change an event becomes (null: none), or why it is not sent on its own. */
    private record Rule(ChangeKind change, String whyNot) {
        static Rule sent(ChangeKind change) {
            return new Rule(change, "sent");
        }

        static Rule notSent(String why) {
            return new Rule(null, why);
        }
    }

    private static Rule rule(EventCatalog event) {
        return switch (event) {
            case DOSSIER_ACCEPTED -> Rule.sent(ChangeKind.DOSSIER);
            case CASE_STATUS_CHANGED -> Rule.sent(ChangeKind.STATUS);
            case DOSSIER_SUPPLEMENTED -> Rule.sent(ChangeKind.SUPPLEMENT_RECEIVED);
            case DOSSIER_RATED -> Rule.sent(ChangeKind.RATING);
            case DOSSIER_COMPONENT_ADDED -> Rule.notSent("the components travel with the dossier (TaiLieuNop) and its supplements");
            case DOSSIER_WITHDRAWN -> Rule.notSent("processing may refuse it; its WITHDRAWN transition (status 7) is what is sent");
            case RECEPTION_SLIP_ISSUED -> Rule.notSent("not accepted at reception: no dossier code, not a dossier");
            case AGENCY_PUBLISHED -> Rule.notSent("reference data: the unit identifiers every call carries");
            case CASE_OPENED -> Rule.notSent("the opening is the dossier's own status 2, sent with the dossier");
            case CASE_DEADLINE_CROSSED, CASE_STEP_OVERDUE -> Rule.notSent("internal alerts; the portal computes lateness itself");
            case CASE_APOLOGY_ISSUED -> Rule.notSent("its APOLOGY transition carries the new appointment date (NgayHenTra)");
            case CASE_WITHDRAWAL_REFUSED -> Rule.notSent("nothing changed for the portal: the case goes on");
            case PAYMENT_SETTLED -> Rule.notSent("its CONFIRM_PAYMENT transition (back to status 4, processing) is what is sent");
            case PORTAL_DOSSIER_SYNCED -> Rule.notSent("this service's own report that the portal has the dossier");
        };
    }

    /** The change an event becomes, or empty when the portal is not told of it (see {@link #whyNot}). */
    public static Optional<ChangeKind> changeFor(EventCatalog event) {
        return Optional.ofNullable(rule(event).change());
    }

    /** Why an event is not sent on its own ("sent" when it is; for the documentation and the exhaustive test). */
    public static String whyNot(EventCatalog event) {
        return rule(event).whyNot();
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
