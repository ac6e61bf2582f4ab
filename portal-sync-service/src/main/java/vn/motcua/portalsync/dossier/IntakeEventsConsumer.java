package vn.motcua.portalsync.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.DossierSupplemented;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.inbox.InboxConsumer;
import vn.motcua.portalsync.mapping.ChangeKind;
import vn.motcua.portalsync.mapping.PortalPayloads;
import vn.motcua.portalsync.mapping.SyncRule;

/** intake's events that the portal hears of: the dossier itself, supplements received, ratings. */
@ApplicationScoped
public class IntakeEventsConsumer implements InboxConsumer {

    private final EventHandler events;
    private final ChangeRecorder changes;
    private final Agencies agencies;
    private final PortalPayloads payloads;

    public IntakeEventsConsumer(EventHandler events, ChangeRecorder changes, Agencies agencies, ObjectMapper json) {
        this.events = events;
        this.changes = changes;
        this.agencies = agencies;
        this.payloads = new PortalPayloads(json);
    }

    @Incoming("intake-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(this, record);
    }

    @Override
    public String name() {
        return "portal-sync.intake-events";
    }

    @Override
    public void apply(CloudEvent event) {
        EventCatalog type = EventCatalog.ofType(event.type()).orElse(null);
        ChangeKind kind = type == null ? null : SyncRule.changeFor(type).orElse(null);
        if (kind == null) {
            return;
        }
        switch (kind) {
            case DOSSIER -> accepted(events.codec().data(event, DossierAccepted.class));
            case SUPPLEMENT_RECEIVED -> supplemented(event.id(), events.codec().data(event, DossierSupplemented.class));
            case RATING -> rated(event.id(), events.codec().data(event, DossierRated.class));
            default -> throw new IllegalArgumentException("intake does not publish " + kind);
        }
    }

    private void accepted(DossierAccepted a) {
        require(a.dossierCode(), "dossierCode");
        require(a.applicant() == null ? null : a.applicant().name(), "applicant.name");
        if (a.receivedAt() == null || a.appointmentAt() == null) {
            throw new IllegalArgumentException("accepted dossier without receivedAt or appointmentAt");
        }
        agencies.learn(a.agency());
        String unit = a.agency() != null && a.agency().exchangeId() != null ? a.agency().exchangeId() : agencies.unitId(a.agencyCode());
        changes.record(new NewChange(a.dossierCode(), ChangeKind.DOSSIER, NewChange.Source.INTAKE, a.dossierCode() + ":dossier",
                        CaseState.RECEIVED, new NewChange.View(a.appointmentAt(), false, a.agencyCode()), Tag.DOSSIER, null, 0,
                        a.receivedAt(), payloads.text(payloads.dossier(a, unit))),
                new ChangeRecorder.DossierFacts(a.agencyCode(), unit, a.procedureCode(), a.timeLimitAmount(),
                        a.timeLimitUnit(), a.receivedAt(), a.appointmentAt()));
    }

    private void supplemented(String eventId, DossierSupplemented s) {
        require(s.dossierCode(), "dossierCode");
        int nth = changes.recorded(s.dossierCode(), Tag.SUPPLEMENT_RECEIVED) + 1;
        changes.record(new NewChange(s.dossierCode(), ChangeKind.SUPPLEMENT_RECEIVED, NewChange.Source.INTAKE, eventId,
                CaseState.SUPPLEMENT_REQUESTED, null, Tag.SUPPLEMENT_RECEIVED, Tag.SUPPLEMENT_REQUESTED, nth, s.at(),
                payloads.text(payloads.supplementReceived(s, null))), null);
    }

    private void rated(String eventId, DossierRated r) {
        require(r.dossierCode(), "dossierCode");
        SyncRule.ratingCode(r.rating()); // a rating the portal has no code for is malformed: dead-lettered, not sent
        changes.record(new NewChange(r.dossierCode(), ChangeKind.RATING, NewChange.Source.INTAKE, eventId, CaseState.RETURNED,
                null, null, Tag.RETURNED, 1, r.at(), payloads.text(payloads.rating(r))), null);
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("event without " + field);
        }
    }
}
