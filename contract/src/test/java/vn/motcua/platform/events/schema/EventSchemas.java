package vn.motcua.platform.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.platform.events.EventCatalog;

/**
 * The published event schemas ({@code docs/events/schemas/}), read from disk and used to check events: the unit tests
 * check the generated samples with them, the end-to-end tests every event the running services produced.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<EventCatalog, Schema> schemas = new EnumMap<>(EventCatalog.class);

    private EventSchemas(Path directory) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        for (EventCatalog e : EventCatalog.values()) {
            try {
                schemas.put(e, registry.getSchema(JSON.readTree(Files.readString(directory.resolve(e.schemaFile())))));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read the schema of " + e.type(), ex);
            }
        }
    }

    /** The repository's {@code docs/events/} folder. */
    public static Path docs() {
        return Repository.root().resolve("docs/events");
    }

    public static EventSchemas published() {
        return new EventSchemas(docs().resolve("schemas"));
    }

    /** What is wrong with this event (empty when it is valid against its type's schema), each as "path: message". */
    public List<String> problems(String eventJson) {
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        String type = event.path("type").asText("");
        return EventCatalog.ofType(type)
                .map(e -> schemas.get(e).validate(event, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true))).stream()
                        .map(err -> err.getInstanceLocation() + ": " + err.getMessage()).toList())
                .orElseGet(() -> List.of("type '" + type + "' is not in the event catalog"));
    }
}
