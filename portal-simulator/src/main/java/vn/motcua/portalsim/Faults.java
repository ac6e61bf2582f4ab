package vn.motcua.portalsim;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How a simulator is told to misbehave: a mode for the next {@code times} calls ({@code -1} until cleared), taken
 * atomically so that concurrent calls each use up one.
 */
public final class Faults<M extends Enum<M>> {

    private record Fault<M>(M mode, int remaining) {
    }

    private final AtomicReference<Fault<M>> fault = new AtomicReference<>();

    public void set(M mode, int times) {
        fault.set(new Fault<>(mode, times));
    }

    public void clear() {
        fault.set(null);
    }

    /** The mode for this call, if one is set and not used up. */
    public Optional<M> take() {
        return take(m -> true);
    }

    /** The mode for this call if it is one that {@code applies} (a mode meant for another kind of call stays set). */
    public Optional<M> take(java.util.function.Predicate<M> applies) {
        while (true) {
            Fault<M> f = fault.get();
            if (f == null || f.remaining() == 0 || !applies.test(f.mode())) {
                return Optional.empty();
            }
            Fault<M> next = f.remaining() < 0 ? f : new Fault<>(f.mode(), f.remaining() - 1);
            if (fault.compareAndSet(f, next)) {
                return Optional.of(f.mode());
            }
        }
    }
}
