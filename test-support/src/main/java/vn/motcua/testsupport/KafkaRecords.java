package vn.motcua.testsupport;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes records to the test JVM's broker as a producing service would: in order, each acknowledged. */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    /** Sends the values under one key, in the given order, and waits until the broker has each. */
    public static void send(String topic, String key, Iterable<String> values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap());
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, key, v)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    public static void send(String topic, String key, String value) {
        send(topic, key, java.util.List.of(value));
    }
}
