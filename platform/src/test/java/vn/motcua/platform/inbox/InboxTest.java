package vn.motcua.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The idempotent inbox: an event id is first delivered once per consumer, and only if that transaction commits. */
@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Test
    void theSecondDeliveryOfAnEventIsADuplicateForThatConsumerOnly() {
        String event = UUID.randomUUID().toString();
        assertThat(first("test.a", event)).isTrue();
        assertThat(first("test.a", event)).isFalse();
        assertThat(first("test.b", event)).isTrue();
    }

    @Test
    void aDeliveryWhoseTransactionRolledBackIsNotRemembered() {
        String event = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            inbox.firstDelivery("test.a", event);
            throw new IllegalStateException("the consumer failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(first("test.a", event)).isTrue();
    }

    @Test
    void outsideATransactionItIsRefused() {
        assertThatThrownBy(() -> inbox.firstDelivery("test.a", UUID.randomUUID().toString()))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    private boolean first(String consumer, String event) {
        return QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(consumer, event));
    }
}
