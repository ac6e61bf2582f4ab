package vn.motcua.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCodec;

/**
 * The consumer side of every service: one effect per event id (also when two replicas get it at once), bounded
 * attempts then a stored dead letter for what can never work, outages waited out without counting.
 */
@QuarkusTest
class EventHandlerTest {

    private static final AtomicLong OFFSETS = new AtomicLong();

    @Inject
    EventHandler handler;
    @Inject
    Inbox inbox;
    @Inject
    DeadLetters deadLetters;
    @Inject
    EventCodec codec;

    @Test
    void anEventDeliveredTwiceHasOneEffect() {
        Counting consumer = new Counting(0, null);
        ConsumerRecord<String, String> record = record(event());
        handler.handle(consumer, record);
        handler.handle(consumer, record);
        assertThat(consumer.calls).hasValue(1);
        assertThat(deadLetters.list(consumer.name(), false, 10)).isEmpty();
    }

    @Test
    void twoReplicasGivenTheSameEventAtOnceApplyItOnce() throws Exception {
        Counting consumer = new Counting(0, null);
        ConsumerRecord<String, String> record = record(event());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    handler.handle(consumer, record);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(consumer.calls).hasValue(1);
    }

    @Test
    void aFailureThatRepeatsIsDeadLetteredAfterTheBoundedAttemptsAndLeavesNoInboxRow() {
        Counting consumer = new Counting(Integer.MAX_VALUE, () -> new IllegalStateException("no such procedure 9.999"));
        CloudEvent event = event();
        ConsumerRecord<String, String> record = record(event);
        assertThatThrownBy(() -> handler.handle(consumer, record))
                .isInstanceOf(EventHandler.DeadLetteredException.class).hasMessageContaining("no such procedure");
        assertThat(consumer.calls).hasValue(3); // motcua.consumer.max-attempts of the test configuration

        List<DeadLetters.DeadLetter> stored = deadLetters.list(consumer.name(), true, 10);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).eventId()).isEqualTo(event.id());
        assertThat(stored.get(0).attempts()).isEqualTo(3);
        assertThat(stored.get(0).offset()).isEqualTo(record.offset());
        assertThat(stored.get(0).reason()).contains("no such procedure");
        // the failed attempts rolled back their inbox row: a replay after a fix applies the event
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(consumer.name(), event.id()))).isTrue();
    }

    @Test
    void aRecordThatIsNotACloudEventIsDeadLetteredWithoutReachingTheConsumer() {
        Counting consumer = new Counting(0, null);
        ConsumerRecord<String, String> record = new ConsumerRecord<>("platform-test", 0, OFFSETS.incrementAndGet(),
                "key", "{\"not\": \"an event\"");
        assertThatThrownBy(() -> handler.handle(consumer, record)).isInstanceOf(EventHandler.DeadLetteredException.class);
        assertThat(consumer.calls).hasValue(0);
        List<DeadLetters.DeadLetter> stored = deadLetters.list(consumer.name(), true, 10);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).eventId()).isNull();
        assertThat(stored.get(0).payload()).contains("not");
    }

    @Test
    void anOutageIsWaitedOutWithoutCountingAsAttempts() {
        // more broker time-outs than the attempts allowed for a deterministic failure, then the broker is back
        Counting consumer = new Counting(5, () -> new org.apache.kafka.common.errors.TimeoutException("broker away"));
        handler.handle(consumer, record(event()));
        assertThat(consumer.calls).hasValue(6);
        assertThat(consumer.applied).hasValue(1);
        assertThat(deadLetters.list(consumer.name(), false, 10)).isEmpty();
    }

    private CloudEvent event() {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "urn:motcua:test",
                "vn.motcua.test.happened.v1", "subject", OffsetDateTime.parse("2026-12-01T09:00:00+07:00"),
                "application/json", null, codec.mapper().createObjectNode().put("n", 1));
    }

    private ConsumerRecord<String, String> record(CloudEvent event) {
        return new ConsumerRecord<>("platform-test", 0, OFFSETS.incrementAndGet(), event.subject(), codec.write(event));
    }

    /** A consumer of its own name that fails its first {@code failures} calls with the given exception. */
    private static final class Counting implements InboxConsumer {
        private final String name = "test." + UUID.randomUUID();
        private final int failures;
        private final java.util.function.Supplier<RuntimeException> failure;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger applied = new AtomicInteger();

        Counting(int failures, java.util.function.Supplier<RuntimeException> failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void apply(CloudEvent event) {
            if (calls.incrementAndGet() <= failures) {
                throw failure.get();
            }
            applied.incrementAndGet();
        }
    }
}
