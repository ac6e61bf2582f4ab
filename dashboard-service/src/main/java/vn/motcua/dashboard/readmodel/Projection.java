package vn.motcua.dashboard.readmodel;

import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;

/** Which event changes a dossier's fact how, after checking that its data has what the fact needs. */
public final class Projection {

    private Projection() {
    }

    /** @throws IllegalArgumentException for data that does not fit (the event is refused alone) */
    public static void apply(DossierFact fact, Record data, WorkingMinutes minutes) {
        switch (data) {
            case DossierAccepted a -> {
                require(a.agencyCode(), "agencyCode");
                if (a.channel() == null || a.receivedAt() == null || a.appointmentAt() == null) {
                    throw new IllegalArgumentException("accepted dossier without channel, receivedAt or appointmentAt");
                }
                fact.accepted(a);
            }
            case CaseOpened o -> fact.opened(o);
            case CaseStatusChanged s -> {
                if (s.transition() == null || s.transition().toState() == null || s.transition().at() == null) {
                    throw new IllegalArgumentException("status change without transition, toState or at");
                }
                fact.statusChanged(s, minutes);
            }
            case ApologyIssued a -> {
                if (a.rescheduling() == null || a.issuedAt() == null) {
                    throw new IllegalArgumentException("apology without rescheduling or issuedAt");
                }
                fact.apologised(a);
            }
            case DeadlineCrossed d -> fact.deadlineCrossed(d);
            case vn.motcua.platform.events.contract.DossierSynced s -> {
                if (s.acknowledgedAt() == null) {
                    throw new IllegalArgumentException("synced dossier without acknowledgedAt");
                }
                fact.synced(s);
            }
            case vn.motcua.platform.events.contract.PaymentSettled p -> {
                if (p.settlement() == null || p.settlement().channel() == null) {
                    throw new IllegalArgumentException("payment without settlement channel");
                }
                fact.paid(p);
            }
            case DossierRated r -> {
                if (r.at() == null) {
                    throw new IllegalArgumentException("rating without at");
                }
                fact.rated(r);
            }
            default -> throw new IllegalArgumentException("not a dossier event: " + data.getClass().getSimpleName());
        }
    }

    public static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("event without " + field);
        }
    }
}
