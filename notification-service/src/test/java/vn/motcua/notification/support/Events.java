package vn.motcua.notification.support;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.motcua.testsupport.RealInfrastructure;

/** Publishes events as processing-service would, and waits for their effects. */
public final class Events {

    private Events() {
    }

    public static void publish(String topic, String key, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
