package vn.motcua.intake.progress;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.inbox.EventHandler;

/**
 * Keeps each dossier's view of processing (state, national status code, what a supplement request asks for) from
 * processing's status-changed events, consumed once each. Events of one dossier share a partition, so they arrive in
 * order; an older event than the one applied is ignored all the same.
 */
@ApplicationScoped
public class ProcessingEventsConsumer implements vn.motcua.platform.inbox.InboxConsumer {

    static final String CONSUMER = "intake.processing-events";

    private final EventHandler events;
    private final EventCodec codec;

    public ProcessingEventsConsumer(EventHandler events, EventCodec codec) {
        this.events = events;
        this.codec = codec;
    }

    @Incoming("processing-events")
    @Blocking
    public void consume(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        events.handle(this, record);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public void apply(vn.motcua.platform.events.CloudEvent event) {
        if (EventTypes.CASE_STATUS_CHANGED.equals(event.type())) {
            apply(codec.data(event, CaseStatusChanged.class));
        } else if (EventTypes.CASE_WITHDRAWAL_REFUSED.equals(event.type())) {
            withdrawalRefused(codec.data(event, vn.motcua.platform.events.contract.WithdrawalRefused.class));
        }
    }

    static void apply(CaseStatusChanged e) {
        Dossier d = Dossier.byCode(e.dossierCode()).orElse(null);
        if (d == null) {
            Log.warnf("status of unknown dossier %s ignored", e.dossierCode());
            return;
        }
        CaseStatusChanged.Transition t = e.transition();
        if (d.stateChangedAt != null && t.at().isBefore(d.stateChangedAt)) {
            return;
        }
        d.processingState = t.toState();
        d.nationalStatus = t.nationalStatusCode();
        d.stateChangedAt = t.at();
        if (t.toState() == vn.motcua.platform.events.contract.CaseState.SUPPLEMENT_REQUESTED) {
            d.supplementRequest = t.comment();
            d.supplementSubmittedAt = null;
        }
    }

    /** processing decided the case before it read the withdrawal: the dossier is not withdrawn after all. */
    static void withdrawalRefused(vn.motcua.platform.events.contract.WithdrawalRefused r) {
        Dossier d = Dossier.byCode(r.dossierCode()).orElse(null);
        if (d == null) {
            Log.warnf("withdrawal refusal of unknown dossier %s ignored", r.dossierCode());
            return;
        }
        d.status = vn.motcua.intake.dossier.DossierStatus.ACCEPTED;
        d.withdrawalRefused = r.reason() == null ? null : r.reason().substring(0, Math.min(500, r.reason().length()));
    }
}
