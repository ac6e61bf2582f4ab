package vn.motcua.platform.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;
import vn.motcua.platform.events.EventCatalog;

/**
 * Writes the JSON Schema (draft-07, which AsyncAPI 3 payloads accept as is) of one whole CloudEvent of a catalog entry:
 * the envelope with its fixed {@code specversion}, {@code source} and {@code type}, and {@code data} generated from the
 * entry's record.
 *
 * <p>What the generated schema says about a record component: every component is required and may not be null,
 * unless it is marked {@link Nullable} (then it may be null or absent: events written before the field existed lack
 * it). Enums list their constants. Instants are RFC 3339 date-times at +07:00, as every service writes them. No other
 * property is allowed, so a field added to a record without regenerating the documents fails the check.
 */
public final class EventSchemaGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Instants leave the services at +07:00 (VietnamTimeJson); the schema holds them to it. */
    static final String VIETNAM_INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+07:00$";

    private final SchemaGenerator generator;

    public EventSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FLATTENED_ENUMS, Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.NULLABLE_ARRAY_ITEMS_ALLOWED)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withNullableCheck(f -> f.getAnnotationConsideringFieldAndGetter(Nullable.class) != null)
                .withRequiredCheck(f -> f.getAnnotationConsideringFieldAndGetter(Nullable.class) == null)
                .withStringPatternResolver(f -> f.getType().getErasedType() == OffsetDateTime.class ? VIETNAM_INSTANT : null);
        this.generator = new SchemaGenerator(config.build());
    }

    /** The schema of a whole event of this type, as published under {@code docs/events/schemas/}. */
    public ObjectNode schemaOf(EventCatalog event) {
        ObjectNode data = generator.generateSchema(event.dataType());
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", event.type());
        root.put("description", event.summary() + " Topic " + event.topic() + ", data " + event.dataType().getSimpleName() + ".");
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        props.putObject("specversion").put("const", "1.0");
        props.putObject("id").put("type", "string").put("format", "uuid");
        props.putObject("source").put("const", event.source().uri());
        props.putObject("type").put("const", event.type());
        props.putObject("subject").put("type", "string").put("minLength", 1)
                .put("description", event.topic().endsWith("agencies") ? "the agency code (the record key)" : "the dossier code (the record key)");
        props.putObject("time").put("type", "string").put("format", "date-time").put("pattern", VIETNAM_INSTANT);
        props.putObject("datacontenttype").put("const", "application/json");
        props.putObject("dataschema").put("type", "string").put("format", "uri");
        props.putObject("data").put("$ref", "#/definitions/" + event.dataType().getSimpleName());
        root.putArray("required").add("specversion").add("id").add("source").add("type").add("subject").add("time")
                .add("datacontenttype").add("data");
        root.put("additionalProperties", false);

        ObjectNode definitions = root.putObject("definitions");
        JsonNode nested = data.remove("definitions");
        definitions.set(event.dataType().getSimpleName(), data);
        if (nested != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = nested.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                definitions.set(e.getKey(), e.getValue());
            }
        }
        return root;
    }
}
