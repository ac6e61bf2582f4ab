package vn.motcua.dashboard.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.inbox.BatchInboxConsumer;
import vn.motcua.platform.inbox.EventHandler;

/**
 * intake's, processing's and portal-sync's dossier events, a poll at a time (batch mode: a province-year is millions of events).
 * One bean per topic so that each has its own inbox name and dead letters; both write through {@link IngestWriter}.
 */
public abstract class DossierEventsConsumer implements BatchInboxConsumer {

    private final EventHandler events;
    private final IngestWriter writer;

    DossierEventsConsumer(EventHandler events, IngestWriter writer) {
        this.events = events;
        this.writer = writer;
    }

    void consume(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new java.util.ArrayList<>(records.count());
        records.forEach(list::add);
        events.handleBatch(this, list);
    }

    @Override
    public Map<String, RuntimeException> applyAll(List<CloudEvent> batch) {
        return writer.applyAll(batch);
    }

    @Override
    public void apply(CloudEvent event) {
        RuntimeException refused = writer.applyAll(List.of(event)).get(event.id());
        if (refused != null) {
            throw refused;
        }
    }

    /** intake's topic: acceptances, ratings, reception slips. */
    @Singleton
    public static class Intake extends DossierEventsConsumer {
        Intake(EventHandler events, IngestWriter writer) {
            super(events, writer);
        }

        @Incoming("intake-events")
        @Blocking
        public void receive(ConsumerRecords<String, String> records) {
            consume(records);
        }

        @Override
        public String name() {
            return IngestWriter.INTAKE;
        }
    }

    /** processing's topic: openings, transitions, deadlines, apologies. */
    @Singleton
    public static class Processing extends DossierEventsConsumer {
        Processing(EventHandler events, IngestWriter writer) {
            super(events, writer);
        }

        @Incoming("processing-events")
        @Blocking
        public void receive(ConsumerRecords<String, String> records) {
            consume(records);
        }

        @Override
        public String name() {
            return IngestWriter.PROCESSING;
        }
    }

    /** portal-sync's topic: which dossiers the national portal has. */
    @Singleton
    public static class PortalSync extends DossierEventsConsumer {
        PortalSync(EventHandler events, IngestWriter writer) {
            super(events, writer);
        }

        @Incoming("portal-sync-events")
        @Blocking
        public void receive(ConsumerRecords<String, String> records) {
            consume(records);
        }

        @Override
        public String name() {
            return IngestWriter.PORTAL;
        }
    }
}
