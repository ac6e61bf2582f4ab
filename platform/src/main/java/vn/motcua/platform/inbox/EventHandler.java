package vn.motcua.platform.inbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCodec;

/**
 * Runs a consumer's handler for one Kafka record: exactly one effect per event id, poison to the dead-letter
 * topic, outages waited out.
 *
 * <ul>
 *   <li>A record that is not a valid CloudEvent, or whose data the handler rejects with
 *       {@link IllegalArgumentException}, is poison: it is rethrown so the channel's dead-letter strategy moves it
 *       aside and the partition goes on.</li>
 *   <li>Any other failure (database down, lock timeout…) is transient: the handler is retried in a new
 *       transaction with capped exponential back-off, holding the partition, so nothing is skipped.</li>
 *   <li>The inbox row and the handler's writes commit together, so a redelivery has no second effect.</li>
 * </ul>
 */
@ApplicationScoped
public class EventHandler {

    private final EventCodec codec;
    private final Inbox inbox;
    private final Duration maxBackoff;

    public EventHandler(EventCodec codec, Inbox inbox,
                        @ConfigProperty(name = "motcua.consumer.max-backoff", defaultValue = "PT30S") Duration maxBackoff) {
        this.codec = codec;
        this.inbox = inbox;
        this.maxBackoff = maxBackoff;
    }

    public void handle(String consumer, String payload, Consumer<CloudEvent> handler) {
        CloudEvent event = codec.read(payload); // IllegalArgumentException → dead letter
        long backoffMs = 200;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, event.id())) {
                        handler.accept(event);
                    } else {
                        Log.debugf("%s: event %s already handled, skipped", consumer, event.id());
                    }
                });
                return;
            } catch (IllegalArgumentException poison) {
                Log.errorf("%s: event %s (%s) rejected, sent to the dead-letter topic: %s", consumer, event.id(),
                        event.type(), poison.getMessage());
                throw poison;
            } catch (RuntimeException transientFailure) {
                Log.warnf("%s: event %s not handled yet, retrying in %d ms: %s", consumer, event.id(), backoffMs,
                        transientFailure.toString());
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while retrying event " + event.id(), e);
                }
                backoffMs = Math.min(backoffMs * 2, maxBackoff.toMillis());
            }
        }
    }
}
