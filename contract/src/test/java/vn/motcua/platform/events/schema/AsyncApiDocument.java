package vn.motcua.platform.events.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.Topics;

/**
 * The AsyncAPI 3.0 document of the product's topics ({@code docs/events/asyncapi.yaml}), made from the event catalog:
 * one channel per topic, one message per event type whose payload is the type's JSON Schema, a send operation for
 * the producer and a receive operation for each consuming service.
 */
public final class AsyncApiDocument {

    /** A topic, what it is for, and who reads it (the producer comes from the catalog). */
    record Channel(String id, String topic, String description, List<String> consumers) {
    }

    static final List<Channel> CHANNELS = List.of(
            new Channel("intakeDossierEvents", Topics.INTAKE_DOSSIER_EVENTS,
                    "What happens to a dossier at intake: received, components attached, supplemented, withdrawn, rated, "
                            + "or not accepted at reception. Key: the dossier code (a reception slip's id when no code exists).",
                    List.of("processing-service", "notification-service")),
            new Channel("processingCaseEvents", Topics.PROCESSING_CASE_EVENTS,
                    "A case's lifecycle at the processing agency: opened, every transition, deadline crossings, overdue "
                            + "steps, apologies, refused withdrawals. Key: the dossier code.",
                    List.of("notification-service", "intake-service")),
            new Channel("agencies", Topics.AGENCIES,
                    "The agency directory, compacted: the newest version of every agency. Key: the agency code.",
                    List.of("processing-service", "notification-service")));

    private AsyncApiDocument() {
    }

    static String messageId(EventCatalog e) {
        String[] words = e.name().toLowerCase().split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    public static ObjectNode build(ObjectMapper json) {
        ObjectNode doc = json.createObjectNode();
        doc.put("asyncapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Một Cửa events");
        info.put("version", "1.0.0");
        info.put("description", "What the Một Cửa services tell each other on Kafka. Every record value is a CloudEvents 1.0 "
                + "event in structured JSON mode; the record key keeps one dossier's events in order on one partition; "
                + "headers ce_id and ce_type repeat the event's id and type. Delivery is at least once: consumers drop "
                + "an event whose id they have handled. Generated from the contract module's EventCatalog; see events.md.");
        info.putObject("contact").put("name", "Một Cửa maintainers (see the README of the repository)");
        ArrayNode tags = info.putArray("tags");
        tags.addObject().put("name", "intake").put("description", "Reception of dossiers and the agency directory (intake-service)");
        tags.addObject().put("name", "processing").put("description", "Case lifecycle, deadlines, apologies (processing-service)");
        info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        doc.put("defaultContentType", "application/cloudevents+json");
        ObjectNode server = doc.putObject("servers").putObject("province");
        server.put("host", "kafka:9092");
        server.put("protocol", "kafka");
        server.put("description", "The province's Kafka cluster (the devstack starts one on a free port).");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        for (Channel c : CHANNELS) {
            List<EventCatalog> events = Arrays.stream(EventCatalog.values()).filter(e -> e.topic().equals(c.topic())).toList();
            ObjectNode channel = channels.putObject(c.id());
            channel.put("address", c.topic());
            channel.put("description", c.description());
            ObjectNode channelMessages = channel.putObject("messages");
            for (EventCatalog e : events) {
                channelMessages.putObject(messageId(e)).put("$ref", "#/components/messages/" + messageId(e));
            }
            Map<String, List<EventCatalog>> byProducer = new LinkedHashMap<>();
            events.forEach(e -> byProducer.computeIfAbsent(e.source().uri().substring("/motcua/".length()), k -> new java.util.ArrayList<>()).add(e));
            byProducer.forEach((producer, sent) -> operation(operations, "send", producer, c, sent));
            for (String consumer : c.consumers()) {
                operation(operations, "receive", consumer, c, events);
            }
        }
        for (EventCatalog e : EventCatalog.values()) {
            ObjectNode m = messages.putObject(messageId(e));
            m.put("name", e.type());
            m.put("title", e.dataType().getSimpleName());
            m.put("summary", e.summary());
            m.put("contentType", "application/cloudevents+json");
            ObjectNode headers = m.putObject("headers");
            headers.put("type", "object");
            ObjectNode hp = headers.putObject("properties");
            hp.putObject("ce_id").put("type", "string").put("description", "the event's id");
            hp.putObject("ce_type").put("type", "string").put("const", e.type());
            m.putObject("payload").put("$ref", "schemas/" + e.schemaFile());
            ObjectNode kafka = m.putObject("bindings").putObject("kafka");
            kafka.putObject("key").put("type", "string").put("description",
                    e.topic().equals(Topics.AGENCIES) ? "the agency code" : "the dossier code");
            kafka.put("bindingVersion", "0.5.0");
        }
        return doc;
    }

    private static void operation(ObjectNode operations, String action, String service, Channel c, List<EventCatalog> events) {
        String id = ("send".equals(action) ? "publish" : "consume") + "-" + c.id() + "-by-" + service;
        ObjectNode op = operations.putObject(camel(id));
        op.put("action", action);
        op.putObject("channel").put("$ref", "#/channels/" + c.id());
        op.put("summary", service + ("send".equals(action) ? " publishes to " : " consumes ") + c.topic());
        op.put("description", "send".equals(action)
                ? "Written in the same transaction as the change it reports (transactional outbox), published in order by one relay at a time."
                : "Own consumer group; an event whose id was handled is dropped (idempotent inbox); a record that keeps failing goes to the service's dead-letter topic.");
        ArrayNode refs = op.putArray("messages");
        events.forEach(e -> refs.addObject().put("$ref", "#/channels/" + c.id() + "/messages/" + messageId(e)));
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : id.toCharArray()) {
            if (ch == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
