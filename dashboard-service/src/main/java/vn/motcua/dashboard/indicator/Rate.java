package vn.motcua.dashboard.indicator;

/**
 * A rate with its parts and formula (tỷ lệ): {@code value} = numerator ÷ denominator, null when nothing was counted.
 */
public record Rate(long numerator, long denominator, Double value, String formula) {

    public static Rate of(long numerator, long denominator, String formula) {
        return new Rate(numerator, denominator, denominator == 0 ? null : round((double) numerator / denominator), formula);
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
