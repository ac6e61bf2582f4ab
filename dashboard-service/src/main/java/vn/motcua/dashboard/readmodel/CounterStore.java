package vn.motcua.dashboard.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Adds {@link Counts} to {@code day_count}: one upsert per row, rows in lock order. */
@ApplicationScoped
public class CounterStore {

    private static final String UPSERT = "INSERT INTO day_count (agency_code, channel, desk_agency, desk_staff, day, "
            + Metric.columns("") + ") VALUES (?, ?, ?, ?, ?, "
            + Arrays.stream(Metric.values()).map(m -> "?").collect(Collectors.joining(", "))
            + ") ON CONFLICT (agency_code, channel, desk_agency, desk_staff, day) DO UPDATE SET "
            + Arrays.stream(Metric.values()).map(m -> m.column() + " = day_count." + m.column() + " + EXCLUDED." + m.column())
                    .collect(Collectors.joining(", "));

    public void apply(Connection c, Counts counts) throws SQLException {
        Map<CounterKey, long[]> rows = counts.nonZero();
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            for (Map.Entry<CounterKey, long[]> row : rows.entrySet()) {
                CounterKey k = row.getKey();
                upsert.setString(1, k.agencyCode());
                upsert.setString(2, k.channel());
                upsert.setString(3, k.deskAgency());
                upsert.setString(4, k.deskStaff());
                upsert.setDate(5, Date.valueOf(k.day()));
                long[] v = row.getValue();
                for (int i = 0; i < v.length; i++) {
                    upsert.setLong(6 + i, v[i]);
                }
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
