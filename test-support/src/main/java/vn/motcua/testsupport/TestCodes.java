package vn.motcua.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dossier codes for tests, unique by construction: each test JVM gets a new database from {@link RealInfrastructure},
 * so one counter per JVM cannot repeat a code (a random 4-digit suffix did, one run in a few hundred).
 */
public final class TestCodes {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestCodes() {
    }

    /** A new dossier code shaped as intake makes them: unit code, yyMMdd, sequence. */
    public static String dossier(String unit) {
        return unit + "-261125-" + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    /**
     * A new 12-digit citizen id (số định danh cá nhân) after the given 7 digits (province, century and sex, year of
     * birth), from the same counter: two calls in one JVM never give the same person.
     */
    public static String citizenId(String firstSeven) {
        return firstSeven + String.format("%05d", SEQUENCE.incrementAndGet() % 100_000);
    }
}
