package vn.motcua.platform.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.events.EventCodec;

/**
 * Runs a consumer for one Kafka record: exactly one effect per event id; a record that cannot be handled is
 * dead-lettered after a bounded number of attempts; an outage is waited out however long it lasts.
 *
 * <ul>
 *   <li>The inbox row and the consumer's writes commit together, so a redelivery has no second effect.</li>
 *   <li>A failure the {@link FailureClassifier} calls transient (database or broker away) is retried with capped
 *       back-off without counting, holding the partition so nothing is skipped; {@link ConsumerHealth} says DOWN
 *       meanwhile. The channel does not fail: its unprocessed-record age check is switched off.</li>
 *   <li>A deterministic failure (not a CloudEvent, bad data, unknown reference, a bug for that record) is retried
 *       {@code motcua.consumer.max-attempts} times, then stored by {@link DeadLetters} (listable and replayable by an
 *       admin) and rethrown, so the channel's dead-letter strategy copies the record, its headers and the reason to
 *       the service's dead-letter topic and the partition goes on.</li>
 * </ul>
 */
@ApplicationScoped
public class EventHandler {

    private final EventCodec codec;
    private final Inbox inbox;
    private final FailureClassifier classifier;
    private final DeadLetters deadLetters;
    private final ConsumerHealth health;
    private final ConsumerConfig config;

    public EventHandler(EventCodec codec, Inbox inbox, FailureClassifier classifier, DeadLetters deadLetters,
                        ConsumerHealth health, ConsumerConfig config) {
        this.codec = codec;
        this.inbox = inbox;
        this.classifier = classifier;
        this.deadLetters = deadLetters;
        this.health = health;
        this.config = config;
    }

    /** Handles one record; returns normally when it was applied (or already had been), throws once dead-lettered. */
    public void handle(InboxConsumer consumer, ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = codec.read(record.value());
        } catch (IllegalArgumentException | NullPointerException notAnEvent) {
            giveUp(consumer, record, null, notAnEvent, 1);
            return; // not reached
        }
        int failures = 0;
        long backoffMs = config.firstBackoff().toMillis();
        long awaitingSince = 0;
        while (true) {
            try {
                applyOnce(consumer, event);
                health.working(consumer.name());
                return;
            } catch (RuntimeException failure) {
                NotYetKnownException notYet = notYetKnown(failure);
                if (notYet != null) {
                    awaitingSince = awaitingSince == 0 ? System.nanoTime() : awaitingSince;
                    if (System.nanoTime() - awaitingSince > config.awaitReference().toNanos()) {
                        giveUp(consumer, record, event, failure, failures + 1);
                    }
                    Log.infof("%s: event %s (%s) waits: %s; retrying in %d ms", consumer.name(), event.id(), event.type(),
                            notYet.getMessage(), backoffMs);
                } else if (classifier.classify(failure) == FailureClassifier.Kind.TRANSIENT) {
                    health.waitingOut(consumer.name(), failure);
                    Log.warnf("%s: event %s waits for the infrastructure, retrying in %d ms: %s", consumer.name(),
                            event.id(), backoffMs, failure.toString());
                } else {
                    failures++;
                    if (failures >= config.maxAttempts()) {
                        giveUp(consumer, record, event, failure, failures);
                    }
                    Log.warnf("%s: event %s (%s) failed (attempt %d of %d), retrying in %d ms: %s", consumer.name(),
                            event.id(), event.type(), failures, config.maxAttempts(), backoffMs, failure.toString());
                }
                sleep(backoffMs, event);
                backoffMs = Math.min(backoffMs * 2, config.maxBackoff().toMillis());
            }
        }
    }

    /**
     * Handles one poll of records for a {@link BatchInboxConsumer}: the first deliveries applied in one transaction
     * and marked in the inbox with it. A record that is not an event, or an event the consumer refuses, is stored as
     * a dead letter (listable and replayable like any other; in batch mode the channel's dead-letter topic gets no
     * copy) and the rest go on. An outage is waited out with the whole batch held. Should the batch's transaction
     * fail for another reason, its records are handled one by one, so a single bad record never holds the others.
     */
    public void handleBatch(BatchInboxConsumer consumer, List<ConsumerRecord<String, String>> records) {
        List<CloudEvent> events = new ArrayList<>();
        Map<String, ConsumerRecord<String, String>> recordOf = new HashMap<>();
        Map<String, CloudEvent> eventOf = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                CloudEvent e = codec.read(r.value());
                if (recordOf.putIfAbsent(e.id(), r) == null) {
                    events.add(e);
                    eventOf.put(e.id(), e);
                }
            } catch (IllegalArgumentException | NullPointerException notAnEvent) {
                storeDeadLetter(consumer, r, null, notAnEvent, 1);
            }
        }
        long backoffMs = config.firstBackoff().toMillis();
        while (true) {
            try {
                Map<String, RuntimeException> refused = QuarkusTransaction.requiringNew().call(() -> {
                    List<CloudEvent> fresh = events.isEmpty() ? List.of() : inbox.firstDeliveries(consumer.name(), events);
                    Map<String, RuntimeException> no = fresh.isEmpty() ? Map.of() : consumer.applyAll(fresh);
                    inbox.forget(consumer.name(), no.keySet());
                    return no;
                });
                refused.forEach((id, why) -> storeDeadLetter(consumer, recordOf.get(id), eventOf.get(id), why, 1));
                health.working(consumer.name());
                return;
            } catch (RuntimeException failure) {
                if (classifier.classify(failure) != FailureClassifier.Kind.TRANSIENT) {
                    Log.warnf("%s: a batch of %d failed (%s); handling its records one by one", consumer.name(),
                            records.size(), failure.toString());
                    for (CloudEvent e : events) {
                        try {
                            handle(consumer, recordOf.get(e.id()));
                        } catch (DeadLetteredException stored) {
                            // stored and logged by handle(): the batch goes on
                        }
                    }
                    return;
                }
                health.waitingOut(consumer.name(), failure);
                Log.warnf("%s: a batch of %d waits for the infrastructure, retrying in %d ms: %s", consumer.name(),
                        records.size(), backoffMs, failure.toString());
                sleep(backoffMs, null);
                backoffMs = Math.min(backoffMs * 2, config.maxBackoff().toMillis());
            }
        }
    }

    private void storeDeadLetter(InboxConsumer consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                 Throwable failure, int attempts) {
        try {
            giveUp(consumer, record, event, failure, attempts);
        } catch (DeadLetteredException stored) {
            // stored: in batch mode nothing is rethrown to the channel
        }
    }

    private static NotYetKnownException notYetKnown(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof NotYetKnownException n) {
                return n;
            }
        }
        return null;
    }

    /**
     * Runs the consumer for an event in a new transaction, unless the inbox says it was handled already.
     *
     * @return false for an event handled before (nothing done)
     */
    public boolean applyOnce(InboxConsumer consumer, CloudEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer.name(), event.id())) {
                Log.debugf("%s: event %s already handled, skipped", consumer.name(), event.id());
                return false;
            }
            consumer.apply(event);
            return true;
        });
    }

    public EventCodec codec() {
        return codec;
    }

    private void giveUp(InboxConsumer consumer, ConsumerRecord<String, String> record, CloudEvent event,
                        Throwable failure, int attempts) {
        long backoffMs = config.firstBackoff().toMillis();
        while (true) {
            try {
                deadLetters.record(consumer.name(), record, event, failure, attempts);
                break;
            } catch (RuntimeException storeFailed) {
                // the database went away between the failure and now: keep the record until it can be stored
                health.waitingOut(consumer.name(), storeFailed);
                Log.warnf("%s: dead letter not stored yet, retrying in %d ms: %s", consumer.name(), backoffMs, storeFailed.toString());
                sleep(backoffMs, event);
                backoffMs = Math.min(backoffMs * 2, config.maxBackoff().toMillis());
            }
        }
        health.working(consumer.name());
        Log.errorf("%s: %s at %s-%d@%d dead-lettered after %d attempt(s): %s", consumer.name(),
                event == null ? "record" : "event " + event.id() + " (" + event.type() + ")", record.topic(),
                record.partition(), record.offset(), attempts, failure.toString());
        throw new DeadLetteredException(DeadLetters.reason(failure), failure);
    }

    private static void sleep(long ms, CloudEvent event) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying " + (event == null ? "a record" : "event " + event.id()), e);
        }
    }

    /** Thrown once a record is stored as a dead letter: the channel's dead-letter strategy takes it from there. */
    public static final class DeadLetteredException extends RuntimeException {
        DeadLetteredException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
