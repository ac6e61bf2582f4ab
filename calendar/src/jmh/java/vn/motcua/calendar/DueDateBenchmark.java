package vn.motcua.calendar;

import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Due-date computations per second on one thread, for typical limits (1..30 working days), over receipt times
 * spread across 2025-2026 so Tết, swaps and year ends are all hit.
 *
 * <p>Run: {@code ./mvnw -q -pl calendar -Pbench package -DskipTests && java -jar calendar/target/benchmarks.jar}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DueDateBenchmark {

    @Param({"1", "5", "15", "30"})
    int workingDays;

    private WorkingTimeCalculator calc;
    private OffsetDateTime[] receipts;
    private TimeLimit limit;
    private int i;

    @Setup
    public void setUp() {
        calc = new WorkingTimeCalculator(WorkingCalendar.shipped(), OfficeHours.DEFAULT);
        receipts = new OffsetDateTime[4096];
        OffsetDateTime base = OffsetDateTime.parse("2025-01-01T00:00+07:00");
        java.util.Random r = new java.util.Random(42);
        for (int k = 0; k < receipts.length; k++) {
            receipts[k] = base.plusMinutes(r.nextInt(2 * 365 * 24 * 60));
        }
        limit = TimeLimit.workingDays(workingDays);
    }

    @Benchmark
    public DueDate dueDate() {
        OffsetDateTime received = receipts[i++ & (receipts.length - 1)];
        return calc.dueDate(received, limit, null);
    }
}
