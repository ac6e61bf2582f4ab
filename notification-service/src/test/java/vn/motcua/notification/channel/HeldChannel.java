package vn.motcua.notification.channel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.motcua.notification.message.Notification;

/**
 * A provider that takes its time, for {@link DispatcherLeaseTest}: each hand-over waits until the test releases it and
 * says whether the dispatcher called it inside a transaction. Serves only the channel {@code HELD}, which no real
 * message uses.
 */
@Singleton // no client proxy: the test reads these fields directly
public class HeldChannel implements MessageChannel {

    static final String NAME = "HELD";

    final Map<java.util.UUID, Boolean> inTransaction = new ConcurrentHashMap<>();
    final Map<java.util.UUID, CountDownLatch> entered = new ConcurrentHashMap<>();
    final Map<java.util.UUID, CountDownLatch> released = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Handover send(Notification n, Attachment attachment) throws DeliveryException {
        inTransaction.put(n.id, QuarkusTransaction.isActive());
        entered.computeIfAbsent(n.id, id -> new CountDownLatch(1)).countDown();
        try {
            if (!released.computeIfAbsent(n.id, id -> new CountDownLatch(1)).await(30, TimeUnit.SECONDS)) {
                throw new DeliveryException("the test never released the message", false, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", false, e);
        }
        return Handover.HANDED_OVER;
    }
}
