package vn.motcua.dashboard.indicator;

import java.util.List;
import java.util.Set;

/**
 * The units a table covers: the agencies' codes, or every agency of the province ({@code agencies == null}).
 */
public record Scope(Set<String> agencies) {

    public static final Scope PROVINCE = new Scope(null);

    public boolean all() {
        return agencies == null;
    }

    /** The SQL condition on {@code column}, with one array parameter when not the whole province. */
    String where(String column) {
        return all() ? "" : " AND " + column + " = ANY(?)";
    }

    List<String> codes() {
        return agencies == null ? List.of() : List.copyOf(agencies);
    }
}
