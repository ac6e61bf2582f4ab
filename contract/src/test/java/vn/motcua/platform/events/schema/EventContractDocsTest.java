package vn.motcua.platform.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.EventTypes;

/**
 * The published event contracts are the records: {@code docs/events/schemas/*.schema.json} and
 * {@code docs/events/asyncapi.yaml} must be what {@link EventSchemaGenerator} and {@link AsyncApiDocument} make of the
 * catalog today. After changing a record, regenerate them with
 * {@code ./mvnw -pl contract test -Dmotcua.contract.write=true} and commit the result.
 */
class EventContractDocsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    /** Writes events as the services do: ISO instants at +07:00, nulls included. */
    private static final ObjectMapper SERVICE_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(new SimpleModule().addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
                @Override
                public void serialize(OffsetDateTime v, JsonGenerator g, SerializerProvider p) throws IOException {
                    g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.withOffsetSameInstant(ZoneOffset.ofHours(7))));
                }
            }));
    private static final boolean WRITE = Boolean.getBoolean("motcua.contract.write");

    private static EventSchemas schemas;

    @BeforeAll
    static void publish() throws IOException {
        Path docs = EventSchemas.docs();
        if (WRITE) {
            Files.createDirectories(docs.resolve("schemas"));
            EventSchemaGenerator generator = new EventSchemaGenerator();
            for (EventCatalog e : EventCatalog.values()) {
                Files.writeString(docs.resolve("schemas").resolve(e.schemaFile()),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generator.schemaOf(e)) + "\n");
            }
            Files.writeString(docs.resolve("asyncapi.yaml"), "# Generated from the contract module (EventContractDocsTest); do not edit by hand.\n"
                    + YAML.writeValueAsString(AsyncApiDocument.build(JSON)));
        }
        schemas = EventSchemas.published();
    }

    @Test
    void everyEventsPublishedSchemaIsTheOneItsRecordGives() throws IOException {
        EventSchemaGenerator generator = new EventSchemaGenerator();
        for (EventCatalog e : EventCatalog.values()) {
            Path file = EventSchemas.docs().resolve("schemas").resolve(e.schemaFile());
            assertThat(file).as("schema of %s (regenerate: -Dmotcua.contract.write=true)", e.type()).exists();
            assertThat(JSON.readTree(file.toFile())).as("published schema of %s is stale (regenerate: -Dmotcua.contract.write=true)", e.type())
                    .isEqualTo(generator.schemaOf(e));
        }
        try (var files = Files.list(EventSchemas.docs().resolve("schemas"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no schema without a catalogued event")
                    .containsExactlyInAnyOrder(java.util.Arrays.stream(EventCatalog.values()).map(EventCatalog::schemaFile).toArray(String[]::new));
        }
    }

    @Test
    void theAsyncApiDocumentIsTheOneTheCatalogGives() throws IOException {
        JsonNode published = YAML.readTree(EventSchemas.docs().resolve("asyncapi.yaml").toFile());
        assertThat(published).as("docs/events/asyncapi.yaml is stale (regenerate: -Dmotcua.contract.write=true)")
                .isEqualTo(YAML.readTree(YAML.writeValueAsString(AsyncApiDocument.build(JSON))));
        assertThat(published.path("channels").size()).isEqualTo(3);
        assertThat(published.path("components").path("messages").size()).isEqualTo(EventCatalog.values().length);
    }

    @Test
    void theAsyncApiDocumentPassesSpectralsAsyncApiRules() throws Exception {
        assertThat(Spectral.lint(EventSchemas.docs().resolve("asyncapi.yaml"), "asyncapi.spectral.yaml")).isEmpty();
    }

    @Test
    void everyTypeTheServicesNameIsCatalogued() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field f : EventTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof String s && s.startsWith("vn.motcua.")) {
                types.add(s);
            }
        }
        assertThat(types).isNotEmpty().allSatisfy(t -> assertThat(EventCatalog.ofType(t)).as(t).isPresent());
        assertThat(types).hasSize(EventCatalog.values().length);
    }

    @Test
    void anEventOfEveryTypeAsTheServicesWriteItValidates_withEveryOptionalFieldFilledOrNull() throws Exception {
        for (EventCatalog e : EventCatalog.values()) {
            for (boolean filled : new boolean[] {true, false}) {
                String json = event(e, sample(e.dataType(), filled));
                assertThat(schemas.problems(json)).as("%s (%s optional fields): %s", e.type(), filled ? "filled" : "null", json).isEmpty();
            }
        }
    }

    @Test
    void whatAProducerMustNotWriteIsRefused() throws Exception {
        EventCatalog e = EventCatalog.CASE_STATUS_CHANGED;
        ObjectNode good = (ObjectNode) JSON.readTree(event(e, sample(e.dataType(), true)));
        assertThat(schemas.problems(good.toString())).isEmpty();

        assertThat(schemas.problems(with(good, d -> ((ObjectNode) d.get("transition")).putNull("toState")))).as("null where required").isNotEmpty();
        assertThat(schemas.problems(with(good, d -> d.remove("dossierCode")))).as("missing field").isNotEmpty();
        assertThat(schemas.problems(with(good, d -> ((ObjectNode) d.get("transition")).put("toState", "FINISHED")))).as("not a case state").isNotEmpty();
        assertThat(schemas.problems(with(good, d -> ((ObjectNode) d.get("transition")).put("nationalStatusCode", "4")))).as("a number as text").isNotEmpty();
        assertThat(schemas.problems(with(good, d -> ((ObjectNode) d.get("transition")).put("at", "2026-11-16T01:00:00Z")))).as("an instant not at +07:00").isNotEmpty();
        assertThat(schemas.problems(with(good, d -> ((ObjectNode) d.get("deadline")).put("surprise", 1)))).as("a nested field the contract does not have").isNotEmpty();
        assertThat(schemas.problems(with(good, d -> d.put("surprise", 1)))).as("a field the contract does not have").isNotEmpty();
        ObjectNode wrongSource = good.deepCopy().put("source", EventCatalog.Source.INTAKE.uri());
        assertThat(schemas.problems(wrongSource.toString())).as("a type from the wrong service").isNotEmpty();
        assertThat(schemas.problems(good.deepCopy().put("type", "vn.motcua.unknown.v1").toString())).as("an unknown type")
                .containsExactly("type 'vn.motcua.unknown.v1' is not in the event catalog");
    }

    private static String with(ObjectNode event, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode copy = event.deepCopy();
        change.accept((ObjectNode) copy.get("data"));
        return copy.toString();
    }

    private static String event(EventCatalog e, Object data) throws IOException {
        ObjectNode ev = JSON.createObjectNode();
        ev.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", e.source().uri()).put("type", e.type())
                .put("subject", "000.00.17.H31-261116-0001").put("time", "2026-11-16T08:00:00+07:00")
                .put("datacontenttype", "application/json");
        ev.set("data", SERVICE_JSON.valueToTree(data));
        return ev.toString();
    }

    /** A value of the type with every field set; optional ({@link Nullable}) ones set or null. */
    static Object sample(Type type, boolean filled) throws Exception {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "x";
        } else if (raw == int.class || raw == Integer.class) {
            return 1;
        } else if (raw == long.class || raw == Long.class) {
            return 1L;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse("2026-11-16T01:00:00Z");
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[raw.getEnumConstants().length - 1];
        } else if (List.class.isAssignableFrom(raw)) {
            return List.of(sample(((ParameterizedType) type).getActualTypeArguments()[0], filled));
        } else if (raw.isRecord()) {
            RecordComponent[] parts = raw.getRecordComponents();
            Object[] args = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                boolean optional = parts[i].isAnnotationPresent(Nullable.class)
                        || raw.getDeclaredField(parts[i].getName()).isAnnotationPresent(Nullable.class);
                args[i] = optional && !filled ? null : sample(parts[i].getGenericType(), filled);
            }
            return raw.getDeclaredConstructor(types).newInstance(args);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
