package vn.motcua.notification.channel;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.notification.letter.Letter;
import vn.motcua.notification.message.Notification;
import vn.motcua.platform.work.ClaimedBatches;

/**
 * Sends pending e-mail and SMS messages and retries failures with exponential back-off, up to a limit after which
 * the message is permanently FAILED. Several replicas may run: each batch locks its rows (SKIP LOCKED), so a message
 * is handed over by one replica at a time; an outage of the mail server or gateway only delays messages.
 */
@ApplicationScoped
public class Dispatcher {

    static final int BATCH = 50;

    private final EntityManager em;
    private final Map<String, MessageChannel> channels = new HashMap<>();
    private final ClaimedBatches batches;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public Dispatcher(EntityManager em, Instance<MessageChannel> channels, ClaimedBatches batches,
                      @ConfigProperty(name = "motcua.delivery.max-attempts", defaultValue = "10") int maxAttempts,
                      @ConfigProperty(name = "motcua.delivery.first-backoff", defaultValue = "PT30S") Duration firstBackoff,
                      @ConfigProperty(name = "motcua.delivery.max-backoff", defaultValue = "PT1H") Duration maxBackoff) {
        this.em = em;
        channels.forEach(c -> this.channels.put(c.name(), c));
        this.batches = batches;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Scheduled(every = "${motcua.delivery.interval:2s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        dispatch();
    }

    /** Runs batches until nothing is due; returns how many messages were attempted. */
    public int dispatch() {
        return batches.drain("""
                SELECT id FROM notification WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= :now
                ORDER BY next_attempt_at LIMIT :n FOR UPDATE SKIP LOCKED""", BATCH,
                (id, now) -> attempt(em.find(Notification.class, id), now));
    }

    private void attempt(Notification n, OffsetDateTime now) {
        MessageChannel channel = channels.get(n.channel);
        n.attempts++;
        if (channel == null) {
            fail(n, "no channel " + n.channel, true, now);
            return;
        }
        try {
            MessageChannel.Handover handover = channel.send(n, attachment(n));
            n.status = handover == MessageChannel.Handover.LOGGED ? Notification.Status.LOGGED : Notification.Status.SENT;
            n.sentAt = now;
            n.nextAttemptAt = null;
            n.lastError = null;
        } catch (DeliveryException e) {
            fail(n, e.getMessage(), e.permanent(), now);
        }
    }

    private void fail(Notification n, String error, boolean permanent, OffsetDateTime now) {
        n.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (permanent || n.attempts >= maxAttempts) {
            n.status = Notification.Status.FAILED;
            n.nextAttemptAt = null;
            Log.warnf("message %s permanently failed after %d attempts: %s", n.id, n.attempts, n.lastError);
        } else {
            n.status = Notification.Status.RETRYING;
            n.nextAttemptAt = now.plus(backoff(n.attempts));
        }
    }

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration d = firstBackoff.multipliedBy(factor);
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    private static MessageChannel.Attachment attachment(Notification n) {
        if (n.letterId == null) {
            return null;
        }
        Letter l = Letter.findById(n.letterId);
        return l == null ? null : new MessageChannel.Attachment(l.number.replace('/', '-') + ".pdf", l.pdf);
    }
}
