package vn.motcua.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes CloudEvents and their data with the application's Jackson settings. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + event.id(), e);
        }
    }

    /** Parses and validates; throws {@link IllegalArgumentException} for anything that is not a valid event. */
    public CloudEvent read(String json) {
        try {
            return mapper.readValue(json, CloudEvent.class).validate();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvents JSON document: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " data is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
