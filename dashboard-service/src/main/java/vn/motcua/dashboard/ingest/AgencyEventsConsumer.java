package vn.motcua.dashboard.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.dashboard.api.AgencyDirectory;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.inbox.EventHandler;
import vn.motcua.platform.inbox.InboxConsumer;

/** The agency directory (compacted topic): names, parents for a leader's scope, post offices and their points. */
@ApplicationScoped
public class AgencyEventsConsumer implements InboxConsumer {

    static final String NAME = "dashboard.agency-events";

    private final EventHandler events;
    private final AgencyDirectory directory;
    private final Generation generation;
    private final io.agroal.api.AgroalDataSource dataSource;

    public AgencyEventsConsumer(EventHandler events, AgencyDirectory directory, Generation generation,
                                io.agroal.api.AgroalDataSource dataSource) {
        this.events = events;
        this.directory = directory;
        this.generation = generation;
        this.dataSource = dataSource;
    }

    @Incoming("agency-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        events.handle(this, record);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(CloudEvent event) {
        // a rebuild empties the agency copy too: never before a write of the new generation
        try (java.sql.Connection c = dataSource.getConnection()) {
            generation.ensureCurrent(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("read model generation not checked: " + e.getMessage(), e);
        }
        if (EventCatalog.AGENCY_PUBLISHED.type().equals(event.type())) {
            AgencyProfile a = events.codec().data(event, AgencyProfile.class);
            vn.motcua.dashboard.readmodel.Projection.require(a.code(), "code");
            vn.motcua.dashboard.readmodel.Projection.require(a.name(), "name");
            if (a.level() == null || a.kind() == null) {
                throw new IllegalArgumentException("agency " + a.code() + " without level or kind");
            }
            directory.learn(a);
        }
    }
}
