package vn.motcua.testsupport.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile and careless variants of a valid JSON request body, drawn with jqwik's generators from a seed (so a failure
 * is replayed by its seed): one field replaced by a string with control characters, a lone surrogate or 100,000
 * characters, by an extreme or impossible date, by a number out of range or with a fraction, by a value of another
 * JSON type; a field removed or an unknown one added; or the whole body broken (truncated, not JSON, nested deep).
 */
public final class JsonMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Written with every non-ASCII character escaped, so that a lone surrogate reaches the service as \\uD800. */
    private static final ObjectMapper ESCAPING = new ObjectMapper().enable(
            com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Text a careless or hostile client sends where a string is expected. */
    static final Arbitrary<String> HOSTILE_TEXT = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3).map(s -> "a" + s + "b"),
            Arbitraries.of("\u007f", "\u0085", "\u009b[2J", "\u001b[31m", "\u0000"),
            Arbitraries.of("\ud800", "x\udc00y", "\ud83d"),                         // lone surrogates (not UTF-8-encodable)
            Arbitraries.of("", " ", "   ", "'; DROP TABLE dossier; --", "%", "_", "\\", "../../etc/passwd", "<script>alert(1)</script>",
                    "\u202eexe.fdp", "🙂🙂", "Ba\u0300 Sa\u0301o", "null", "9999-12-31"),
            Arbitraries.strings().ofLength(100_000).withChars('a'),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40));

    /** Dates and instants that are extreme, impossible or missing their offset. */
    static final Arbitrary<String> HOSTILE_DATE = Arbitraries.of(
            "9999-12-31", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59+07:00", "+10000-01-01", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "0000-01-01", "0001-01-01T00:00:00Z", "2026-02-30", "2026-13-01", "2026-00-10",
            "2026-11-24T09:00:00", "2026-11-24T25:00:00+07:00", "2026-11-24T09:00:00+25:00", "24/11/2026", "yesterday",
            "2026-11-24T09:00:00.123456789123Z", "1970-01-01T00:00:00Z");

    /** Numbers out of every integer range, fractional, negative, in exponent form. */
    static final Arbitrary<JsonNode> HOSTILE_NUMBER = Arbitraries.of(
            "0", "-1", "2.5", "-0.0", "1e400", "-1e400", "1e308", "2147483648", "-2147483649", "9223372036854775808",
            "99999999999999999999999999999999", "1E2", "0.0000001", "1e-400").map(JsonMutations::parse);

    /** A value of another JSON type. */
    static final Arbitrary<JsonNode> OTHER_TYPE = Arbitraries.of(
            "null", "true", "false", "[]", "{}", "[1,2]", "{\"a\":{\"b\":[]}}", "\"\"", "\"x\"", "123").map(JsonMutations::parse);

    /** Whole bodies that are not the request at all. */
    static final Arbitrary<String> BROKEN_BODY = Arbitraries.oneOf(
            Arbitraries.of("", " ", "null", "[]", "{}", "\"text\"", "42", "{", "}", "{\"a\":", "{\"a\" 1}", "{'a':1}",
                    "[" .repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\u0000",
                    "{\"a\":\"\\u0000\"}", "{\"a\":1,\"a\":2}", "\ufeff{}", "<xml/>"),
            Arbitraries.strings().all().ofMaxLength(200));

    private JsonMutations() {
    }

    /** One variant of {@code validJson}, drawn from {@code random}. */
    public static String mutate(String validJson, Random random) {
        net.jqwik.engine.SourceOfRandomness.current().setSeed(random.nextLong());
        return one(parse(validJson), random);
    }

    private static String one(JsonNode valid, Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return draw(BROKEN_BODY, random);
        }
        if (kind == 1) {
            String s = valid.toString();
            return s.substring(0, random.nextInt(Math.max(1, s.length())));
        }
        JsonNode copy = valid.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(copy, slots);
        if (slots.isEmpty()) {
            return draw(BROKEN_BODY, random);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode replacement = switch (kind) {
            case 2, 3 -> NODES.textNode(draw(HOSTILE_TEXT, random));
            case 4, 5 -> NODES.textNode(draw(HOSTILE_DATE, random));
            case 6 -> draw(HOSTILE_NUMBER, random);
            case 7 -> draw(OTHER_TYPE, random);
            default -> null;
        };
        if (kind == 8) {
            slot.remove();
        } else if (kind == 9) {
            slot.parentObject().ifPresentOrElse(o -> o.put("unexpected" + random.nextInt(100), draw(HOSTILE_TEXT, random)),
                    () -> slot.set(NODES.textNode(draw(HOSTILE_TEXT, random))));
        } else {
            slot.set(replacement);
        }
        try {
            return ESCAPING.writeValueAsString(copy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T draw(Arbitrary<T> arbitrary, Random random) {
        // outside a jqwik property a generator may only be sampled; its randomness is the thread's, seeded in mutate
        return arbitrary.sample();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** Every value in the tree, as a place that can be replaced or removed. */
    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(o, name, -1));
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }

    /** A field of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        java.util.Optional<ObjectNode> parentObject() {
            return parent instanceof ObjectNode o ? java.util.Optional.of(o) : java.util.Optional.empty();
        }
    }
}
