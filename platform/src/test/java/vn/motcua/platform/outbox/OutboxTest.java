package vn.motcua.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.EventCodec;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.WithdrawalRefused;
import vn.motcua.testsupport.RealInfrastructure;
import vn.motcua.testsupport.TestCodes;
import vn.motcua.testsupport.Waits;

/** The transactional outbox: an event leaves if and only if its transaction committed, keyed and in order. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;
    @Inject
    EventCodec codec;

    @Test
    void aCommittedEventIsPublishedOnceUnderItsSubjectAndARolledBackOneNever() {
        String kept = TestCodes.dossier("000.00.99.H56");
        String dropped = TestCodes.dossier("000.00.99.H56");
        try (KafkaConsumer<String, String> topic = reader(EventCatalog.CASE_WITHDRAWAL_REFUSED.topic())) {
            CloudEvent published = QuarkusTransaction.requiringNew().call(() -> outbox.publish(
                    EventCatalog.CASE_WITHDRAWAL_REFUSED, kept, refused(kept)));
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(EventCatalog.CASE_WITHDRAWAL_REFUSED, dropped, refused(dropped));
                throw new IllegalStateException("the state change failed");
            })).hasMessageContaining("state change failed");
            // the events after both: once the marker arrives, anything the rolled-back one would have sent has too
            String marker = TestCodes.dossier("000.00.99.H56");
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(
                    EventCatalog.CASE_WITHDRAWAL_REFUSED, marker, refused(marker)));

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            Waits.until("the marker event published", () -> {
                topic.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> marker.equals(r.key()));
            });
            List<ConsumerRecord<String, String>> mine = seen.stream()
                    .filter(r -> kept.equals(r.key()) || dropped.equals(r.key())).toList();
            assertThat(mine).extracting(ConsumerRecord::key).containsExactly(kept);
            CloudEvent read = codec.read(mine.get(0).value());
            assertThat(read.id()).isEqualTo(published.id());
            assertThat(read.type()).isEqualTo(EventCatalog.CASE_WITHDRAWAL_REFUSED.type());
            assertThat(read.subject()).isEqualTo(kept);
            assertThat(codec.data(read, WithdrawalRefused.class).state()).isEqualTo(CaseState.RESULT_READY);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", dropped))).isZero();
    }

    @Test
    void dataOfAnotherTypeThanTheCatalogSaysIsRefusedAndNothingIsStored() {
        String code = TestCodes.dossier("000.00.99.H56");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                outbox.publish(EventCatalog.CASE_OPENED, code, refused(code))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WithdrawalRefused");
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", code))).isZero();
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        String code = TestCodes.dossier("000.00.99.H56");
        assertThatThrownBy(() -> outbox.publish(EventCatalog.CASE_WITHDRAWAL_REFUSED, code, refused(code)))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    private static WithdrawalRefused refused(String code) {
        return new WithdrawalRefused(code, CaseState.RESULT_READY, "đã có kết quả", OffsetDateTime.parse("2026-12-01T09:00:00+07:00"));
    }

    private static KafkaConsumer<String, String> reader(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "platform-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> c = new KafkaConsumer<>(p);
        c.subscribe(List.of(topic));
        return c;
    }
}
