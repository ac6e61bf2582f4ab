package vn.motcua.dashboard.readmodel;

import java.util.Map;
import java.util.TreeMap;

/** Increments of {@link Metric}s per {@link CounterKey}, summed before they are written (zero rows dropped). */
public final class Counts {

    private final TreeMap<CounterKey, long[]> rows = new TreeMap<>();

    public void add(CounterKey key, Metric metric, long n) {
        if (n != 0) {
            rows.computeIfAbsent(key, k -> new long[Metric.values().length])[metric.ordinal()] += n;
        }
    }

    /** Adds every increment of {@code other} multiplied by {@code sign} (+1 or -1). */
    public void addAll(Counts other, int sign) {
        other.rows.forEach((key, values) -> {
            long[] mine = rows.computeIfAbsent(key, k -> new long[Metric.values().length]);
            for (int i = 0; i < values.length; i++) {
                mine[i] += sign * values[i];
            }
        });
    }

    public long get(CounterKey key, Metric metric) {
        long[] v = rows.get(key);
        return v == null ? 0 : v[metric.ordinal()];
    }

    /** The rows with at least one non-zero increment, in lock order. */
    public Map<CounterKey, long[]> nonZero() {
        TreeMap<CounterKey, long[]> out = new TreeMap<>();
        rows.forEach((k, v) -> {
            for (long x : v) {
                if (x != 0) {
                    out.put(k, v);
                    return;
                }
            }
        });
        return out;
    }

    public boolean isEmpty() {
        return nonZero().isEmpty();
    }
}
