package vn.motcua.notification.alert;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.applicant.ApplicantMessages;
import vn.motcua.notification.letter.ApologyLetters;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.StepOverdue;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.inbox.InboxConsumer;

/** Turns processing's case events into letters (the apology, the receipt of a paid fee) and alerts, once per event. */
@ApplicationScoped
public class ProcessingEventsConsumer implements InboxConsumer {

    static final String CONSUMER = "notification.processing-events";

    private final EventHandler events;
    private final EventCodec codec;
    private final ApologyLetters apologies;
    private final DeadlineAlerts alerts;
    private final ApplicantMessages applicants;
    private final vn.motcua.notification.letter.PaymentReceipts receipts;

    public ProcessingEventsConsumer(EventHandler events, EventCodec codec, ApologyLetters apologies, DeadlineAlerts alerts,
                                    ApplicantMessages applicants, vn.motcua.notification.letter.PaymentReceipts receipts) {
        this.events = events;
        this.codec = codec;
        this.apologies = apologies;
        this.alerts = alerts;
        this.applicants = applicants;
        this.receipts = receipts;
    }

    @Incoming("processing-events")
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
            case EventTypes.CASE_APOLOGY_ISSUED -> apologies.handle(event.id(), codec.data(event, ApologyIssued.class));
            case EventTypes.CASE_DEADLINE_CROSSED -> alerts.crossed(event.id(), codec.data(event, DeadlineCrossed.class));
            case EventTypes.CASE_STEP_OVERDUE -> alerts.stepOverdue(event.id(), codec.data(event, StepOverdue.class));
            case EventTypes.CASE_STATUS_CHANGED -> applicants.statusChanged(event.id(), codec.data(event, CaseStatusChanged.class));
            case EventTypes.PAYMENT_SETTLED -> receipts.handle(event.id(),
                    codec.data(event, vn.motcua.platform.events.contract.PaymentSettled.class));
            default -> { }
        }
    }
}
