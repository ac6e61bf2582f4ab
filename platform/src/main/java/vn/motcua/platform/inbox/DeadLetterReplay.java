package vn.motcua.platform.inbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.UUID;
import vn.motcua.platform.events.CloudEvent;
import vn.motcua.platform.problem.ProblemException;

/**
 * Replays a dead letter through the consumer that gave up on it. Idempotent: the inbox remembers the event id, so
 * a second replay (or a replay of an event that meanwhile arrived again) has no second effect.
 */
@ApplicationScoped
public class DeadLetterReplay {

    /** What a replay did. */
    public enum Outcome { APPLIED, ALREADY_HANDLED, FAILED }

    public record Result(UUID id, Outcome outcome, String detail) {
    }

    private final DeadLetters deadLetters;
    private final EventHandler handler;
    private final Instance<InboxConsumer> consumers;

    public DeadLetterReplay(DeadLetters deadLetters, EventHandler handler, @Any Instance<InboxConsumer> consumers) {
        this.deadLetters = deadLetters;
        this.handler = handler;
        this.consumers = consumers;
    }

    public Result replay(UUID id) {
        var letter = QuarkusTransaction.requiringNew().call(() -> deadLetters.find(id))
                .orElseThrow(() -> ProblemException.notFound("dead-letter-not-found", "không có thư chết " + id,
                        "no dead letter " + id));
        InboxConsumer consumer = consumers.stream().filter(c -> c.name().equals(letter.consumer())).findFirst()
                .orElseThrow(() -> ProblemException.conflict("consumer-unknown",
                        "dịch vụ này không có bộ tiêu thụ " + letter.consumer(), "this service has no consumer " + letter.consumer()));
        Result result;
        try {
            String raw = QuarkusTransaction.requiringNew().call(() -> deadLetters.rawPayload(id));
            CloudEvent event = handler.codec().read(raw);
            boolean applied = handler.applyOnce(consumer, event);
            result = new Result(id, applied ? Outcome.APPLIED : Outcome.ALREADY_HANDLED,
                    applied ? "applied" : "event " + event.id() + " had been handled already");
        } catch (RuntimeException e) {
            result = new Result(id, Outcome.FAILED, DeadLetters.reason(e));
        }
        Result r = result;
        QuarkusTransaction.requiringNew().run(() -> deadLetters.markReplayed(id, r.outcome() + ": " + r.detail(),
                r.outcome() != Outcome.FAILED));
        Log.infof("dead letter %s of %s replayed: %s", id, letter.consumer(), r.outcome());
        return r;
    }
}
