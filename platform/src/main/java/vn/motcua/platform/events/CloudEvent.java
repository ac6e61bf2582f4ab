package vn.motcua.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode (the whole event is the Kafka record value, the dossier code is
 * the record key). See docs/events.md for the types.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Checks the attributes the spec requires; a consumer calls it before trusting an event. */
    public CloudEvent validate() {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("unsupported CloudEvents specversion " + specversion);
        }
        if (id == null || id.isBlank() || source == null || source.isBlank() || type == null || type.isBlank()) {
            throw new IllegalArgumentException("CloudEvent lacks id, source or type");
        }
        if (data == null || data.isNull()) {
            throw new IllegalArgumentException("CloudEvent " + id + " has no data");
        }
        return this;
    }
}
