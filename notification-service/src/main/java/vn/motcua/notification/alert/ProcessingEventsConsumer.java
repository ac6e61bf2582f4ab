package vn.motcua.notification.alert;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.StepOverdue;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.notification.letter.ApologyLetters;

/** Turns processing's case events into letters and alerts, once per event. */
@ApplicationScoped
public class ProcessingEventsConsumer {

    static final String CONSUMER = "notification.processing-events";

    private final EventHandler events;
    private final EventCodec codec;
    private final ApologyLetters apologies;
    private final DeadlineAlerts alerts;
    private final vn.motcua.notification.applicant.ApplicantMessages applicants;

    public ProcessingEventsConsumer(EventHandler events, EventCodec codec, ApologyLetters apologies, DeadlineAlerts alerts,
                                    vn.motcua.notification.applicant.ApplicantMessages applicants) {
        this.events = events;
        this.codec = codec;
        this.apologies = apologies;
        this.alerts = alerts;
        this.applicants = applicants;
    }

    @Incoming("processing-events")
    @Blocking
    public void consume(String payload) {
        events.handle(CONSUMER, payload, event -> {
            switch (event.type()) {
                case EventTypes.CASE_APOLOGY_ISSUED -> apologies.handle(event.id(), codec.data(event, ApologyIssued.class));
                case EventTypes.CASE_DEADLINE_CROSSED -> alerts.crossed(event.id(), codec.data(event, DeadlineCrossed.class));
                case EventTypes.CASE_STEP_OVERDUE -> alerts.stepOverdue(event.id(), codec.data(event, StepOverdue.class));
                case EventTypes.CASE_STATUS_CHANGED -> applicants.statusChanged(event.id(),
                        codec.data(event, vn.motcua.platform.events.contract.CaseStatusChanged.class));
                default -> { }
            }
        });
    }
}
