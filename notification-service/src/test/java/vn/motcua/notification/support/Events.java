package vn.motcua.notification.support;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Publishes events as processing-service would, and waits for their effects. */
public final class Events {

    private Events() {
    }

    public static void publish(String topic, String key, String value) {
        vn.motcua.testsupport.KafkaRecords.send(topic, key, value);
    }

    public static String event(String id, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/processing-service","type":"%s","subject":"%s",
                 "time":"2026-11-25T02:00:00Z","datacontenttype":"application/json","data":%s}"""
                .formatted(id, type, subject, data);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static void await(BooleanSupplier condition, String what) {
        vn.motcua.testsupport.Waits.until(what, condition::getAsBoolean);
    }
}
