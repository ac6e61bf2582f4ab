package vn.motcua.notification.message;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.notification.agency.LetterheadCopy;
import vn.motcua.notification.applicant.ApplicantMessages;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.ReceptionSlipIssued;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.inbox.InboxConsumer;

/** Turns intake's events into messages to the applicant. */
@ApplicationScoped
public class IntakeEventsConsumer implements InboxConsumer {

    static final String CONSUMER = "notification.intake-events";

    private final EventHandler events;
    private final EventCodec codec;
    private final ApplicantMessages applicants;
    private final LetterheadCopy letterheads;

    public IntakeEventsConsumer(EventHandler events, EventCodec codec, ApplicantMessages applicants,
                                LetterheadCopy letterheads) {
        this.events = events;
        this.codec = codec;
        this.applicants = applicants;
        this.letterheads = letterheads;
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
        if (EventTypes.DOSSIER_ACCEPTED.equals(event.type())) {
            DossierAccepted a = codec.data(event, DossierAccepted.class);
            letterheads.learn(a.agency()); // the receipt's header comes from the agency the dossier carries
            var contact = applicants.remember(a);
            applicants.receipt(event.id(), contact, ReceiptMessage.subject(a), ReceiptMessage.body(a),
                    "Da tiep nhan ho so " + a.dossierCode() + ". Hen tra ket qua: " + ReceiptMessage.appointment(a),
                    a.channel() == vn.motcua.platform.events.contract.Channel.ONLINE ? "Hệ thống tiếp nhận trực tuyến" : a.submittedBy(), a.components());
        } else if (EventTypes.RECEPTION_SLIP_ISSUED.equals(event.type())) {
            applicants.receptionSlip(event.id(), codec.data(event, ReceptionSlipIssued.class));
        }
    }
}
