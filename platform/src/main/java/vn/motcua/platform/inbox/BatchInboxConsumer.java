package vn.motcua.platform.inbox;

import java.util.List;
import java.util.Map;
import vn.motcua.platform.events.CloudEvent;

/**
 * A consumer that applies a whole poll of events in one transaction (a read model catching up on millions of
 * events cannot afford one transaction each). {@link EventHandler#handleBatch} gives it only first deliveries; a
 * single event still goes through {@link #apply} (dead-letter replay, and the record-by-record fallback).
 */
public interface BatchInboxConsumer extends InboxConsumer {

    /**
     * Applies the events, in record order, in the current transaction.
     *
     * @return the events it refused as malformed, by event id, with the reason: they are dead-lettered and left out
     *         of the inbox (so a replay applies them), while the others commit
     */
    Map<String, RuntimeException> applyAll(List<CloudEvent> events);
}
