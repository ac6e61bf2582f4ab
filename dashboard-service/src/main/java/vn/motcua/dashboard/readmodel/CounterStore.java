package vn.motcua.dashboard.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Adds {@link Counts} to the counter tables, one upsert per row, rows in lock order: every increment to
 * {@code day_count} (unit, channel, day) and {@code month_count} (unit, channel, month), and those of a named clerk also to {@code desk_day_count} (desk, clerk, unit,
 * channel, day) and {@code desk_month_count} (desk, clerk, month) for the postal follow-up.
 */
@ApplicationScoped
public class CounterStore {

    private static final String VALUES = Arrays.stream(Metric.values()).map(m -> "?").collect(Collectors.joining(", "));
    private static final String ADD = Arrays.stream(Metric.values())
            .map(m -> m.column() + " = %1$s." + m.column() + " + EXCLUDED." + m.column()).collect(Collectors.joining(", "));
    private static final String UNIT_UPSERT = "INSERT INTO day_count (agency_code, channel, day, " + Metric.columns("")
            + ") VALUES (?, ?, ?, " + VALUES + ") ON CONFLICT (agency_code, channel, day) DO UPDATE SET " + ADD.formatted("day_count");
    private static final String MONTH_UPSERT = "INSERT INTO month_count (agency_code, channel, month, " + Metric.columns("")
            + ") VALUES (?, ?, ?, " + VALUES + ") ON CONFLICT (agency_code, channel, month) DO UPDATE SET " + ADD.formatted("month_count");
    private static final String DESK_UPSERT = "INSERT INTO desk_day_count (desk_agency, desk_staff, agency_code, channel, day, "
            + Metric.columns("") + ") VALUES (?, ?, ?, ?, ?, " + VALUES
            + ") ON CONFLICT (desk_agency, desk_staff, agency_code, channel, day) DO UPDATE SET " + ADD.formatted("desk_day_count");
    private static final String DESK_MONTH_UPSERT = "INSERT INTO desk_month_count (desk_agency, desk_staff, month, "
            + Metric.columns("") + ") VALUES (?, ?, ?, " + VALUES
            + ") ON CONFLICT (desk_agency, desk_staff, month) DO UPDATE SET " + ADD.formatted("desk_month_count");

    /** A clerk's month row: the desk, the clerk and the month, all units together. */
    private record DeskMonth(String deskAgency, String deskStaff, java.time.LocalDate month) implements Comparable<DeskMonth> {
        @Override
        public int compareTo(DeskMonth o) {
            int c = deskAgency.compareTo(o.deskAgency);
            c = c != 0 ? c : deskStaff.compareTo(o.deskStaff);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    /** A unit's row: the key without the desk. */
    private record UnitKey(String agencyCode, String channel, java.time.LocalDate day) implements Comparable<UnitKey> {
        @Override
        public int compareTo(UnitKey o) {
            int c = agencyCode.compareTo(o.agencyCode);
            c = c != 0 ? c : channel.compareTo(o.channel);
            return c != 0 ? c : day.compareTo(o.day);
        }
    }

    public void apply(Connection c, Counts counts) throws SQLException {
        Map<CounterKey, long[]> rows = counts.nonZero();
        if (rows.isEmpty()) {
            return;
        }
        Map<UnitKey, long[]> units = new TreeMap<>();
        rows.forEach((k, v) -> {
            add(units.computeIfAbsent(new UnitKey(k.agencyCode(), k.channel(), k.day()), x -> new long[v.length]), v);
        });
        upsertUnits(c, UNIT_UPSERT, units);
        Map<UnitKey, long[]> months = new TreeMap<>();
        units.forEach((k, v) -> {
            add(months.computeIfAbsent(new UnitKey(k.agencyCode(), k.channel(), k.day().withDayOfMonth(1)), x -> new long[v.length]), v);
        });
        upsertUnits(c, MONTH_UPSERT, months);
        boolean anyDesk = rows.keySet().stream().anyMatch(k -> !k.deskStaff().isEmpty());
        if (!anyDesk) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement(DESK_UPSERT)) {
            for (Map.Entry<CounterKey, long[]> row : rows.entrySet()) {
                CounterKey k = row.getKey();
                if (k.deskStaff().isEmpty()) {
                    continue;
                }
                upsert.setString(1, k.deskAgency());
                upsert.setString(2, k.deskStaff());
                upsert.setString(3, k.agencyCode());
                upsert.setString(4, k.channel());
                upsert.setDate(5, Date.valueOf(k.day()));
                values(upsert, 6, row.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        Map<DeskMonth, long[]> deskMonths = new TreeMap<>();
        rows.forEach((k, v) -> {
            if (!k.deskStaff().isEmpty()) {
                add(deskMonths.computeIfAbsent(new DeskMonth(k.deskAgency(), k.deskStaff(), k.day().withDayOfMonth(1)),
                        x -> new long[v.length]), v);
            }
        });
        try (PreparedStatement upsert = c.prepareStatement(DESK_MONTH_UPSERT)) {
            for (Map.Entry<DeskMonth, long[]> row : deskMonths.entrySet()) {
                upsert.setString(1, row.getKey().deskAgency());
                upsert.setString(2, row.getKey().deskStaff());
                upsert.setDate(3, Date.valueOf(row.getKey().month()));
                values(upsert, 4, row.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void add(long[] sum, long[] v) {
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i];
        }
    }

    private static void upsertUnits(Connection c, String sql, Map<UnitKey, long[]> rows) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(sql)) {
            for (Map.Entry<UnitKey, long[]> row : rows.entrySet()) {
                upsert.setString(1, row.getKey().agencyCode());
                upsert.setString(2, row.getKey().channel());
                upsert.setDate(3, Date.valueOf(row.getKey().day()));
                values(upsert, 4, row.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void values(PreparedStatement p, int first, long[] v) throws SQLException {
        for (int i = 0; i < v.length; i++) {
            p.setLong(first + i, v[i]);
        }
    }
}
