package vn.motcua.platform.inbox;

import vn.motcua.platform.events.CloudEvent;

/**
 * A consumer of events that go through the idempotent inbox: {@link EventHandler} calls {@link #apply} once per
 * event id, in a transaction, and a dead letter of this consumer is replayed through the same method.
 */
public interface InboxConsumer {

    /** Stable name, e.g. {@code processing.intake-events}: the inbox and the dead letters are keyed by it. */
    String name();

    /**
     * Applies one event. Throw {@link IllegalArgumentException} for data this consumer can never handle (counted as a
     * deterministic failure without asking the database, so dead-lettered after the bounded attempts); any other
     * failure is classified by {@link FailureClassifier}.
     */
    void apply(CloudEvent event);
}
