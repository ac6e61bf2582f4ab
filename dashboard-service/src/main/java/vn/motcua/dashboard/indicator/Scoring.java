package vn.motcua.dashboard.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Points per criterion (Decision 766): full points at or above the target, else rate ÷ target × points. */
public final class Scoring {

    private Scoring() {
    }

    public static double earned(double rate, double target, double points) {
        if (target <= 0 || rate >= target) {
            return points;
        }
        return Rate.round(rate / target * points);
    }

    /** Criteria with nothing counted (no rate) earn nothing and are left out of what was available. */
    static Indicators.Score score(Map<Criterion, Rate> rates, IndicatorConfig config) {
        List<Indicators.CriterionScore> out = new ArrayList<>();
        double earned = 0;
        double available = 0;
        for (Map.Entry<Criterion, Rate> e : rates.entrySet()) {
            Criterion c = e.getKey();
            Double rate = e.getValue().value();
            double target = config.target(c);
            double points = config.points(c);
            double got = rate == null ? 0 : earned(rate, target, points);
            if (rate != null) {
                available += points;
                earned += got;
            }
            out.add(new Indicators.CriterionScore(c, c.group(), rate, target, points, got, c.formula()));
        }
        return new Indicators.Score(Rate.round(earned), available, out);
    }
}
