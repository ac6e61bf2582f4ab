package vn.motcua.processing.casefile;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.ComponentAdded;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierSupplemented;
import vn.motcua.platform.events.contract.DossierWithdrawn;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.inbox.InboxConsumer;
import vn.motcua.processing.agency.AgencyCopy;

/** Opens cases from intake's dossier events (and resumes, withdraws, records components). */
@ApplicationScoped
public class IntakeEventsConsumer implements InboxConsumer {

    static final String CONSUMER = "processing.intake-events";

    private final EventHandler events;
    private final EventCodec codec;
    private final CaseOpening opening;
    private final CaseWithdrawal withdrawal;
    private final CaseSupplement supplement;
    private final AgencyCopy agencies;

    public IntakeEventsConsumer(EventHandler events, EventCodec codec, CaseOpening opening, CaseWithdrawal withdrawal,
                                CaseSupplement supplement, AgencyCopy agencies) {
        this.events = events;
        this.codec = codec;
        this.opening = opening;
        this.withdrawal = withdrawal;
        this.supplement = supplement;
        this.agencies = agencies;
    }

    @Incoming("intake-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(this, record);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case EventTypes.DOSSIER_ACCEPTED -> {
                DossierAccepted accepted = codec.data(event, DossierAccepted.class);
                // the dossier carries its agency: a district or commune processing has not heard of yet is learnt here
                agencies.learn(accepted.agency());
                opening.open(accepted);
            }
            case EventTypes.DOSSIER_WITHDRAWN -> withdrawal.apply(codec.data(event, DossierWithdrawn.class));
            case EventTypes.DOSSIER_SUPPLEMENTED -> supplement.apply(codec.data(event, DossierSupplemented.class));
            case EventTypes.DOSSIER_COMPONENT_ADDED -> CaseComponent.record(codec.data(event, ComponentAdded.class));
            default -> Log.debugf("ignoring %s", event.type());
        }
    }
}
