package vn.motcua.notification.channel;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.motcua.notification.letter.Letter;
import vn.motcua.notification.message.Notification;
import vn.motcua.platform.work.ClaimedBatches;

/**
 * Sends pending e-mail and SMS messages and retries failures with exponential back-off, up to a limit after which
 * the message is permanently FAILED. Several replicas may run: a batch is claimed (leased) in a short transaction, the
 * mail server or SMS gateway is called outside any transaction, and each outcome is written in its own; a slow or
 * unreachable provider therefore holds no row lock and no database connection, and an outage only delays messages.
 */
@ApplicationScoped
public class Dispatcher {

    static final int BATCH = 50;

    /** Claims due messages: their next attempt moves a lease ahead and the attempt is counted before it is made. */
    private static final String CLAIM = """
            UPDATE notification SET next_attempt_at = :leaseEnd, attempts = attempts + 1
            WHERE id IN (SELECT id FROM notification WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= :now
                         ORDER BY next_attempt_at LIMIT :n FOR UPDATE SKIP LOCKED)
            RETURNING id""";

    private final EntityManager em;
    private final Map<String, MessageChannel> channels = new HashMap<>();
    private final ClaimedBatches batches;
    private final DeliveryConfig config;
    private final Clock clock;

    public Dispatcher(EntityManager em, Instance<MessageChannel> channels, ClaimedBatches batches, DeliveryConfig config,
                      Clock clock) {
        this.em = em;
        channels.forEach(c -> this.channels.put(c.name(), c));
        this.batches = batches;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${motcua.delivery.interval}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        dispatch();
    }

    /** Runs batches until nothing is due; returns how many messages were attempted. */
    public int dispatch() {
        return batches.lease(CLAIM, BATCH, config.lease(), this::attempt);
    }

    /** One claimed message: read, handed over without a transaction, outcome recorded. */
    private void attempt(UUID id) {
        Claimed claimed = QuarkusTransaction.requiringNew().call(() -> {
            Notification n = em.find(Notification.class, id);
            return n == null ? null : new Claimed(n, attachment(n));
        });
        if (claimed == null) {
            return;
        }
        MessageChannel channel = channels.get(claimed.message().channel);
        Outcome outcome;
        if (channel == null) {
            outcome = Outcome.failed("no channel " + claimed.message().channel, true);
        } else {
            try {
                outcome = Outcome.sent(channel.send(claimed.message(), claimed.attachment()));
            } catch (DeliveryException e) {
                outcome = Outcome.failed(e.getMessage(), e.permanent());
            } catch (RuntimeException e) {
                // a channel's own bug must not leave the message leased forever nor stop the rest of the batch
                Log.errorf(e, "channel %s failed on message %s", channel.name(), id);
                outcome = Outcome.failed(e.toString(), false);
            }
        }
        Outcome result = outcome;
        QuarkusTransaction.requiringNew().run(() -> record(em.find(Notification.class, id), result));
    }

    private void record(Notification n, Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (outcome.handover() != null) {
            n.status = outcome.handover() == MessageChannel.Handover.LOGGED
                    ? Notification.Status.LOGGED : Notification.Status.SENT;
            n.sentAt = now;
            n.nextAttemptAt = null;
            n.lastError = null;
            return;
        }
        String error = outcome.error() == null ? "unknown" : outcome.error();
        n.lastError = error.substring(0, Math.min(error.length(), 1000));
        if (outcome.permanent() || n.attempts >= config.maxAttempts()) {
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
        Duration d = config.firstBackoff().multipliedBy(factor);
        return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
    }

    private static MessageChannel.Attachment attachment(Notification n) {
        if (n.letterId == null) {
            return null;
        }
        Letter l = Letter.findById(n.letterId);
        return l == null ? null : new MessageChannel.Attachment(l.number.replace('/', '-') + ".pdf", l.pdf);
    }

    /** A message read for sending, with its letter; detached, so sending it needs no transaction. */
    private record Claimed(Notification message, MessageChannel.Attachment attachment) {
    }

    /** What the channel answered: a hand-over, or an error and whether trying again can help. */
    private record Outcome(MessageChannel.Handover handover, String error, boolean permanent) {
        static Outcome sent(MessageChannel.Handover handover) {
            return new Outcome(handover, null, false);
        }

        static Outcome failed(String error, boolean permanent) {
            return new Outcome(null, error, permanent);
        }
    }
}
