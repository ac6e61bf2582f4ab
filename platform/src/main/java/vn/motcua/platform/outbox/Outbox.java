package vn.motcua.platform.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.EventCodec;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} publishes it after commit. An event is
 * therefore published if and only if the state change that caused it committed.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec;
    private final Clock clock;

    public Outbox(EventCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * @param event   what is published; gives the topic, the CloudEvents source and type
     * @param subject the dossier code (the agency code for agencies); also the Kafka key, so one dossier's events stay
     *                in order
     * @param data    the event's data, an instance of the catalog's record for that event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(EventCatalog event, String subject, Object data) {
        if (!event.dataType().isInstance(data)) {
            throw new IllegalArgumentException(event.type() + " carries a " + event.dataType().getSimpleName()
                    + ", not a " + (data == null ? "null" : data.getClass().getSimpleName()));
        }
        return publish(event.topic(), event.source().uri(), event.type(), subject, data);
    }

    private CloudEvent publish(String topic, String source, String type, String subject, Object data) {
        JsonNode json = codec.mapper().valueToTree(data);
        OffsetDateTime now = OffsetDateTime.now(clock);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                now, "application/json", null, json);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.key = subject;
        row.type = type;
        row.payload = codec.write(event);
        row.createdAt = now;
        row.persist();
        return event;
    }
}
