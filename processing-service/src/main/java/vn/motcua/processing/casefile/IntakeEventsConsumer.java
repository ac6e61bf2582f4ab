package vn.motcua.processing.casefile;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.inbox.EventHandler;

/** Opens cases from intake's dossier events. */
@ApplicationScoped
public class IntakeEventsConsumer {

    static final String CONSUMER = "processing.intake-events";

    private final EventHandler events;
    private final EventCodec codec;
    private final CaseOpening opening;
    private final CaseWithdrawal withdrawal;
    private final CaseSupplement supplement;

    public IntakeEventsConsumer(EventHandler events, EventCodec codec, CaseOpening opening, CaseWithdrawal withdrawal,
                                CaseSupplement supplement) {
        this.events = events;
        this.codec = codec;
        this.opening = opening;
        this.withdrawal = withdrawal;
        this.supplement = supplement;
    }

    @Incoming("intake-events")
    @Blocking
    public void consume(String payload) {
        events.handle(CONSUMER, payload, event -> {
            if (EventTypes.DOSSIER_ACCEPTED.equals(event.type())) {
                opening.open(codec.data(event, DossierAccepted.class));
            } else if (EventTypes.DOSSIER_WITHDRAWN.equals(event.type())) {
                withdrawal.apply(codec.data(event, vn.motcua.platform.events.contract.DossierWithdrawn.class));
            } else if (EventTypes.DOSSIER_SUPPLEMENTED.equals(event.type())) {
                supplement.apply(codec.data(event, vn.motcua.platform.events.contract.DossierSupplemented.class));
            } else if (EventTypes.DOSSIER_COMPONENT_ADDED.equals(event.type())) {
                CaseComponent.record(codec.data(event, vn.motcua.platform.events.contract.ComponentAdded.class));
            } else {
                Log.debugf("ignoring %s", event.type());
            }
        });
    }
}
