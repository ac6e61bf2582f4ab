package vn.motcua.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DossierCodeConcurrencyTest {

    @Inject
    DossierCodes codes;

    @Test
    void concurrentSubmissionsGetGapFreeUniqueCodes() throws Exception {
        String unit = "000.77.77.T01";
        LocalDate day = LocalDate.of(2026, 11, 24);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean rollBack = i % 10 == 9; // every tenth transaction fails after taking a number
                Callable<String> task = () -> {
                    try {
                        return QuarkusTransaction.requiringNew().call(() -> {
                            String code = codes.next(unit, day, RuleSet.DECREE_118_2025);
                            if (rollBack) {
                                throw new IllegalStateException("simulated failure after numbering");
                            }
                            return code;
                        });
                    } catch (IllegalStateException e) {
                        return null;
                    }
                };
                futures.add(pool.submit(task));
            }
            List<String> got = new ArrayList<>();
            for (Future<String> f : futures) {
                String c = f.get();
                if (c != null) {
                    got.add(c);
                }
            }
            assertThat(got).hasSize(36).doesNotHaveDuplicates();
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 36; i++) {
                expected.add(DossierCodes.format(unit, day, i));
            }
            assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(expected.get(0)).isEqualTo("000.77.77.T01-261124-0001");
        } finally {
            pool.shutdownNow();
        }
    }
}
