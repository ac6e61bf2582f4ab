package vn.motcua.portalsync.dossier;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.inbox.InboxConsumer;

/** Keeps {@link Agencies} from intake's compacted agencies topic (read from the start by a new group). */
@ApplicationScoped
public class AgencyEventsConsumer implements InboxConsumer {

    private final EventHandler events;
    private final Agencies agencies;

    public AgencyEventsConsumer(EventHandler events, Agencies agencies) {
        this.events = events;
        this.agencies = agencies;
    }

    @Incoming("agency-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(this, record);
    }

    @Override
    public String name() {
        return "portal-sync.agency-events";
    }

    @Override
    public void apply(CloudEvent event) {
        if (EventTypes.AGENCY_PUBLISHED.equals(event.type())) {
            agencies.learn(events.codec().data(event, AgencyProfile.class));
        }
    }
}
