package vn.motcua.notification.message;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.inbox.EventHandler;

/** Turns intake's events into messages to the applicant. */
@ApplicationScoped
public class IntakeEventsConsumer {

    static final String CONSUMER = "notification.intake-events";

    private final EventHandler events;
    private final EventCodec codec;
    private final vn.motcua.notification.applicant.ApplicantMessages applicants;

    public IntakeEventsConsumer(EventHandler events, EventCodec codec, vn.motcua.notification.applicant.ApplicantMessages applicants) {
        this.events = events;
        this.codec = codec;
        this.applicants = applicants;
    }

    @Incoming("intake-events")
    @Blocking
    public void consume(String payload) {
        events.handle(CONSUMER, payload, event -> {
            if (EventTypes.DOSSIER_ACCEPTED.equals(event.type())) {
                DossierAccepted a = codec.data(event, DossierAccepted.class);
                var contact = applicants.remember(a);
                applicants.receipt(event.id(), contact, ReceiptMessage.subject(a), ReceiptMessage.body(a),
                        "Da tiep nhan ho so " + a.dossierCode() + ". Hen tra ket qua: " + ReceiptMessage.appointment(a),
                        "ONLINE".equals(a.channel()) ? "Hệ thống tiếp nhận trực tuyến" : a.submittedBy(), a.components());
            } else if (EventTypes.RECEPTION_SLIP_ISSUED.equals(event.type())) {
                applicants.receptionSlip(event.id(), codec.data(event, vn.motcua.platform.events.contract.ReceptionSlipIssued.class));
            }
        });
    }
}
