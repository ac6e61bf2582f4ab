package vn.motcua.dashboard.ingest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.dashboard.readmodel.CounterKey;
import vn.motcua.dashboard.readmodel.CounterStore;
import vn.motcua.dashboard.readmodel.Counts;
import vn.motcua.dashboard.readmodel.DossierFact;
import vn.motcua.dashboard.readmodel.FactStore;
import vn.motcua.dashboard.readmodel.HandOver;
import vn.motcua.dashboard.readmodel.HandOverStore;
import vn.motcua.dashboard.readmodel.Metric;
import vn.motcua.dashboard.readmodel.Projection;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.ReceptionSlipIssued;

/**
 * Applies events to the read model in the caller's transaction: the facts of the dossiers they name, locked in code
 * order, changed in memory, and the difference of each dossier's contribution before and after added to the day
 * counters (and a postal dossier's hand-over row when it changed). A reception slip (no dossier) counts directly. An event whose data does not fit is refused alone: its
 * dossier is put back as it was before it.
 */
@ApplicationScoped
public class IngestWriter {

    static final String INTAKE = "dashboard.intake-events";
    static final String PROCESSING = "dashboard.processing-events";
    static final String PORTAL = "dashboard.portal-sync-events";

    private final AgroalDataSource dataSource;
    private final FactStore facts;
    private final CounterStore counters;
    private final EventCodec codec;
    private final CalendarMinutes minutes;
    private final Generation generation;
    private final HandOverStore handOverStore;

    public IngestWriter(AgroalDataSource dataSource, FactStore facts, CounterStore counters, EventCodec codec,
                        CalendarMinutes minutes, Generation generation, HandOverStore handOverStore) {
        this.handOverStore = handOverStore;
        this.dataSource = dataSource;
        this.facts = facts;
        this.counters = counters;
        this.codec = codec;
        this.minutes = minutes;
        this.generation = generation;
    }

    /** An event read into its contract record, with the dossier it is about (null for a reception slip). */
    private record Typed(CloudEvent event, EventCatalog type, Record data, String dossierCode) {
    }

    /** @return the refused events by id, with the reason */
    public Map<String, RuntimeException> applyAll(List<CloudEvent> events) {
        Map<String, RuntimeException> refused = new LinkedHashMap<>();
        List<Typed> typed = new ArrayList<>();
        for (CloudEvent e : events) {
            try {
                Typed t = type(e);
                if (t != null) {
                    typed.add(t);
                }
            } catch (RuntimeException malformed) {
                refused.put(e.id(), malformed);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            generation.ensureCurrent(c);
            List<String> codes = typed.stream().map(Typed::dossierCode).filter(java.util.Objects::nonNull).toList();
            Map<String, DossierFact> locked = codes.isEmpty() ? Map.of() : facts.lock(c, codes);
            Map<String, DossierFact> before = new HashMap<>();
            locked.forEach((code, f) -> before.put(code, f.copy()));
            Counts delta = new Counts();
            List<HandOver> handOvers = new ArrayList<>();
            for (Typed t : typed) {
                if (t.dossierCode() == null) {
                    slip((ReceptionSlipIssued) t.data(), delta);
                    continue;
                }
                DossierFact fact = locked.get(t.dossierCode());
                DossierFact undo = fact.copy();
                try {
                    Projection.apply(fact, t.data(), minutes);
                } catch (RuntimeException malformed) {
                    locked.put(t.dossierCode(), undo);
                    refused.put(t.event().id(), malformed);
                }
            }
            for (DossierFact now : locked.values()) {
                Counts was = new Counts();
                before.get(now.code()).contribute(was, minutes);
                Counts is = new Counts();
                now.contribute(is, minutes);
                delta.addAll(is, 1);
                delta.addAll(was, -1);
                Optional<HandOver> handOver = now.handOver();
                if (handOver.isPresent() && !handOver.equals(before.get(now.code()).handOver())) {
                    handOvers.add(handOver.get()); // its fact is locked: no two batches write the row at once
                }
            }
            facts.save(c, locked.values());
            counters.apply(c, delta);
            handOverStore.save(c, handOvers);
        } catch (SQLException e) {
            throw new IllegalStateException("read model not written: " + e.getMessage(), e);
        }
        return refused;
    }

    private Typed type(CloudEvent e) {
        EventCatalog type = EventCatalog.ofType(e.type()).orElse(null);
        if (type == null) {
            return null; // a type this version does not know: nothing it counts
        }
        Record data = switch (type) {
            case DOSSIER_ACCEPTED, DOSSIER_RATED, RECEPTION_SLIP_ISSUED, CASE_OPENED, CASE_STATUS_CHANGED,
                 CASE_APOLOGY_ISSUED, CASE_DEADLINE_CROSSED, PORTAL_DOSSIER_SYNCED, PAYMENT_SETTLED -> codec.data(e, type.dataType());
            default -> null; // components are counted from the acceptance; the rest change no indicator
        };
        if (data == null) {
            return null;
        }
        String code = switch (data) {
            case DossierAccepted a -> a.dossierCode();
            case DossierRated r -> r.dossierCode();
            case CaseOpened o -> o.dossierCode();
            case CaseStatusChanged s -> s.dossierCode();
            case ApologyIssued a -> a.dossierCode();
            case DeadlineCrossed d -> d.dossierCode();
            case vn.motcua.platform.events.contract.DossierSynced s -> s.dossierCode();
            case vn.motcua.platform.events.contract.PaymentSettled p -> p.dossierCode();
            default -> null;
        };
        if (data instanceof ReceptionSlipIssued s) {
            Projection.require(s.agencyCode(), "agencyCode");
            if (s.kind() == null || s.at() == null) {
                throw new IllegalArgumentException("reception slip without kind or time");
            }
        } else {
            Projection.require(code, "dossierCode");
        }
        return new Typed(e, type, data, code);
    }

    /**
     * A slip at the desk: the dossier was not accepted (form 02 supplement, form 03 refusal). It has no channel of its
     * own (the follow-up finds a post office's slips by the desk), so it counts under the empty channel, with its clerk.
     */
    private static void slip(ReceptionSlipIssued s, Counts delta) {
        CounterKey key = new CounterKey(s.agencyCode(), "", s.agencyCode(), s.officer(), DossierFact.day(s.at()));
        delta.add(key, s.kind() == ReceptionSlipIssued.Kind.SUPPLEMENT ? Metric.SLIP_SUPPLEMENT : Metric.SLIP_REFUSAL, 1);
    }

}
