package vn.motcua.portalsync.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.inbox.InboxConsumer;
import vn.motcua.portalsync.mapping.ChangeKind;
import vn.motcua.portalsync.mapping.PortalPayloads;
import vn.motcua.portalsync.mapping.SyncRule;

/**
 * processing's transitions, each a progress update of the dossier on the portal. The opening (RECEIVE) is not sent:
 * it is the dossier's own status 2, sent with the dossier. A transfer to a co-processing agency is a status of the
 * same dossier naming the unit now holding it, never a dossier of its own (the portal would count it twice).
 */
@ApplicationScoped
public class ProcessingEventsConsumer implements InboxConsumer {

    private final EventHandler events;
    private final ChangeRecorder changes;
    private final Agencies agencies;
    private final PortalPayloads payloads;

    public ProcessingEventsConsumer(EventHandler events, ChangeRecorder changes, Agencies agencies, ObjectMapper json) {
        this.events = events;
        this.changes = changes;
        this.agencies = agencies;
        this.payloads = new PortalPayloads(json);
    }

    @Incoming("processing-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(this, record);
    }

    @Override
    public String name() {
        return "portal-sync.processing-events";
    }

    @Override
    public void apply(CloudEvent event) {
        EventCatalog type = EventCatalog.ofType(event.type()).orElse(null);
        if (type == null || SyncRule.changeFor(type).orElse(null) != ChangeKind.STATUS) {
            return;
        }
        CaseStatusChanged e = events.codec().data(event, CaseStatusChanged.class);
        IntakeEventsConsumer.require(e.dossierCode(), "dossierCode");
        if (e.transition() == null || e.transition().toState() == null || e.transition().at() == null || e.deadline() == null) {
            throw new IllegalArgumentException("status change without transition, target state, time or deadline");
        }
        CaseStatusChanged.Transition t = e.transition();
        if (t.fromState() == null) {
            return; // the opening: the dossier itself says status 2
        }
        String holder = t.toState() == CaseState.TRANSFERRED && e.partnerAgency() != null ? e.partnerAgency() : e.agencyCode();
        Tag tag = switch (t.toState()) {
            case SUPPLEMENT_REQUESTED -> Tag.SUPPLEMENT_REQUESTED;
            case RETURNED -> Tag.RETURNED;
            default -> "RECEIVE_SUPPLEMENT_ONLINE".equals(t.action()) ? Tag.SUPPLEMENT_RESUMED_ONLINE : null;
        };
        // processing resumes on intake's supplement: the n-th such resumption follows intake's n-th supplement
        Tag waitsFor = tag == Tag.SUPPLEMENT_RESUMED_ONLINE ? Tag.SUPPLEMENT_RECEIVED : null;
        int nth = waitsFor == null ? 0 : changes.recorded(e.dossierCode(), Tag.SUPPLEMENT_RESUMED_ONLINE) + 1;
        changes.record(new NewChange(e.dossierCode(), ChangeKind.STATUS, NewChange.Source.PROCESSING, event.id(), t.toState(),
                new NewChange.View(e.deadline().dueAt(), e.deadline().paused(), holder), tag, waitsFor, nth, t.at(),
                payloads.text(payloads.status(e, agencies.unitId(holder)))), null);
    }
}
