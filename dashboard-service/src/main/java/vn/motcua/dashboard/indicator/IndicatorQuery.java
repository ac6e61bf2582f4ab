package vn.motcua.dashboard.indicator;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.dashboard.readmodel.Metric;
import vn.motcua.platform.events.contract.Channel;

/**
 * Answers the indicator tables from the read model: sums of the day counters for the period (an index range per
 * unit, a few hundred thousand rows for a whole province-year) and the dossiers in progress at the period's end.
 */
@ApplicationScoped
public class IndicatorQuery {

    private static final String SUMS = Arrays.stream(Metric.values()).map(m -> "COALESCE(sum(" + m.column() + "), 0)")
            .collect(Collectors.joining(", "));

    private final AgroalDataSource dataSource;
    private final IndicatorConfig config;

    public IndicatorQuery(AgroalDataSource dataSource, IndicatorConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Sums of the counters for one group, by metric. */
    public record Totals(Map<Metric, Long> values) {
        public long get(Metric m) {
            return values.getOrDefault(m, 0L);
        }
    }

    /** A row of a breakdown: the group's key and its totals. */
    public record Row(String key, Totals totals) {
    }

    /** The dossiers in progress at a moment. */
    public record Snapshot(long inProgress, long pastDeadline, long paused, long pausedPastDeadline, long overdueWithoutApology) {
    }

    public Indicators indicators(Scope scope, LocalDate from, LocalDate to, OffsetDateTime now) {
        OffsetDateTime asOf = asOf(to, now);
        try (Connection c = dataSource.getConnection()) {
            // one scan: the period's rows by channel, summed here for the totals
            Map<Metric, Long> sums = new EnumMap<>(Metric.class);
            Map<String, Long> byChannel = new LinkedHashMap<>();
            for (Channel ch : Channel.values()) {
                byChannel.put(ch.name(), 0L);
            }
            for (Row r : breakdown(c, scope, from, to, "channel")) {
                r.totals().values().forEach((m, n) -> sums.merge(m, n, Long::sum));
                if (!r.key().isEmpty()) {
                    byChannel.put(r.key(), r.totals().get(Metric.RECEIVED));
                }
            }
            Totals t = new Totals(sums);
            Snapshot s = snapshot(c, scope, asOf);
            return assemble(scope, from, to, asOf, t, byChannel, s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sums per group ({@code channel}, {@code agency_code}, {@code desk_agency}, a month, …; null for one row). */
    public List<Row> breakdown(Scope scope, LocalDate from, LocalDate to, String groupBy) {
        try (Connection c = dataSource.getConnection()) {
            return breakdown(c, scope, from, to, groupBy);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sums per group over the given desks (post offices and commune points), optionally by clerk too. */
    public List<Row> byDesk(Scope scope, List<String> desks, LocalDate from, LocalDate to, boolean byStaff) {
        String key = byStaff ? "desk_agency || '/' || desk_staff" : "desk_agency";
        String sql = "SELECT " + key + ", " + SUMS + " FROM desk_day_count WHERE day BETWEEN ? AND ? AND desk_agency = ANY(?)"
                + scope.where("agency_code") + " GROUP BY 1 ORDER BY 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setDate(1, Date.valueOf(from));
            p.setDate(2, Date.valueOf(to));
            p.setArray(3, c.createArrayOf("varchar", desks.toArray()));
            if (!scope.all()) {
                p.setArray(4, c.createArrayOf("varchar", scope.codes().toArray()));
            }
            return rows(p);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sums over the period: its whole months from {@code month_count}, the days of a partial first or last month from
     * {@code day_count} (a province-year is then the units × channels × 12 month rows).
     */
    private List<Row> breakdown(Connection c, Scope scope, LocalDate from, LocalDate to, String groupBy) throws SQLException {
        String key = groupBy == null ? "''" : groupBy;
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWhole = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to : to.withDayOfMonth(1).minusDays(1);
        LocalDate[] days;
        LocalDate[] months;
        if (firstWhole.isAfter(lastWhole)) {
            days = new LocalDate[] {from, to, to.plusDays(1), to};
            months = new LocalDate[] {to.plusDays(1), to};
        } else {
            days = new LocalDate[] {from, firstWhole.minusDays(1), lastWhole.plusDays(1), to};
            months = new LocalDate[] {firstWhole, lastWhole.withDayOfMonth(1)};
        }
        String cols = Metric.columns("");
        String sql = "SELECT " + key + ", " + SUMS + " FROM ("
                + "SELECT agency_code, channel, day, " + cols + " FROM day_count WHERE (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)"
                + scope.where("agency_code")
                + " UNION ALL SELECT agency_code, channel, month AS day, " + cols + " FROM month_count WHERE month BETWEEN ? AND ?"
                + scope.where("agency_code") + ") u" + (groupBy == null ? "" : " GROUP BY 1 ORDER BY 1");
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (LocalDate d : days) {
                p.setDate(i++, Date.valueOf(d));
            }
            if (!scope.all()) {
                p.setArray(i++, c.createArrayOf("varchar", scope.codes().toArray()));
            }
            for (LocalDate d : months) {
                p.setDate(i++, Date.valueOf(d));
            }
            if (!scope.all()) {
                p.setArray(i, c.createArrayOf("varchar", scope.codes().toArray()));
            }
            return rows(p);
        }
    }

    private static List<Row> rows(PreparedStatement p) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                Map<Metric, Long> v = new EnumMap<>(Metric.class);
                for (Metric m : Metric.values()) {
                    v.put(m, rs.getLong(2 + m.ordinal()));
                }
                out.add(new Row(rs.getString(1) == null ? "" : rs.getString(1), new Totals(v)));
            }
        }
        return out;
    }

    /** The dossiers in progress at {@code asOf}: received by then and neither done nor closed by then. */
    Snapshot snapshot(Connection c, Scope scope, OffsetDateTime asOf) throws SQLException {
        String cols = "due_at, paused_since, apology_at";
        String sql = "SELECT count(*), count(*) FILTER (WHERE due_at < ?), "
                + "count(*) FILTER (WHERE paused_since <= ?), count(*) FILTER (WHERE paused_since <= ? AND due_at < ?), "
                + "count(*) FILTER (WHERE due_at < ? AND apology_at IS NULL) FROM ("
                + "SELECT " + cols + " FROM dossier_fact WHERE accepted AND finished_at IS NULL AND received_at <= ?" + scope.where("agency_code")
                + " UNION ALL SELECT " + cols + " FROM dossier_fact WHERE accepted AND finished_at > ? AND received_at <= ?" + scope.where("agency_code")
                + ") s";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (int k = 0; k < 5; k++) {
                p.setObject(i++, asOf);
            }
            p.setObject(i++, asOf);
            if (!scope.all()) {
                p.setArray(i++, c.createArrayOf("varchar", scope.codes().toArray()));
            }
            p.setObject(i++, asOf);
            p.setObject(i++, asOf);
            if (!scope.all()) {
                p.setArray(i, c.createArrayOf("varchar", scope.codes().toArray()));
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    /** The period's end (the start of the day after {@code to}, Vietnam time), or now if that is still ahead. */
    public static OffsetDateTime asOf(LocalDate to, OffsetDateTime now) {
        OffsetDateTime end = to.plusDays(1).atStartOfDay().atOffset(VietnamTime.OFFSET);
        return now.isBefore(end) ? now.withOffsetSameInstant(VietnamTime.OFFSET) : end;
    }

    Indicators assemble(Scope scope, LocalDate from, LocalDate to, OffsetDateTime asOf, Totals t, Map<String, Long> byChannel,
                        Snapshot s) {
        long early = t.get(Metric.DONE_EARLY), onTime = t.get(Metric.DONE_ON_TIME), late = t.get(Metric.DONE_LATE);
        long done = early + onTime + late;
        long within = s.inProgress() - s.pastDeadline();
        long received = t.get(Metric.RECEIVED);
        Rate onTimeRate = Rate.of(early + onTime + within, done + s.inProgress(), Criterion.ON_TIME.formula());
        Rate synced = Rate.of(t.get(Metric.SYNCED_TO_PORTAL), received, Criterion.PORTAL_SYNC.formula());
        Rate online = Rate.of(byChannel.getOrDefault(Channel.ONLINE.name(), 0L), received, Criterion.ONLINE_SUBMISSION.formula());
        Rate paid = Rate.of(t.get(Metric.PAID_ONLINE), t.get(Metric.FEE_BEARING), Criterion.ONLINE_PAYMENT.formula());
        Rate digitised = Rate.of(t.get(Metric.COMPONENTS_DIGITISED), t.get(Metric.COMPONENTS), Criterion.DIGITISED_COMPONENTS.formula());
        Rate reused = Rate.of(t.get(Metric.COMPONENTS_REUSED), t.get(Metric.COMPONENTS), Criterion.REUSED_DATA.formula());
        Rate electronic = Rate.of(t.get(Metric.RESULTS_ELECTRONIC), done, Criterion.ELECTRONIC_RESULTS.formula());
        Map<String, Long> distribution = new LinkedHashMap<>();
        distribution.put("VERY_SATISFIED", t.get(Metric.RATED_VERY_SATISFIED));
        distribution.put("SATISFIED", t.get(Metric.RATED_SATISFIED));
        distribution.put("ACCEPTABLE", t.get(Metric.RATED_ACCEPTABLE));
        distribution.put("DISSATISFIED", t.get(Metric.RATED_DISSATISFIED));
        long rated = distribution.values().stream().mapToLong(Long::longValue).sum();
        Rate satisfied = Rate.of(t.get(Metric.RATED_VERY_SATISFIED) + t.get(Metric.RATED_SATISFIED), rated,
                Criterion.SATISFACTION.formula());
        double days = t.get(Metric.PROCESSING_MINUTES) / (double) OfficeHours.MINUTES_PER_WORKING_DAY;
        Indicators.Average average = new Indicators.Average(Rate.round(days), done,
                done == 0 ? null : Rate.round(days / done),
                "tổng số ngày làm việc giải quyết (trừ thời gian tạm dừng) ÷ hồ sơ đã giải quyết");
        Map<Criterion, Rate> rates = new EnumMap<>(Criterion.class);
        rates.put(Criterion.PORTAL_SYNC, synced);
        rates.put(Criterion.ON_TIME, onTimeRate);
        rates.put(Criterion.ONLINE_SUBMISSION, online);
        rates.put(Criterion.ONLINE_PAYMENT, paid);
        rates.put(Criterion.SATISFACTION, satisfied);
        rates.put(Criterion.ELECTRONIC_RESULTS, electronic);
        rates.put(Criterion.DIGITISED_COMPONENTS, digitised);
        rates.put(Criterion.REUSED_DATA, reused);
        return new Indicators(scope.all() ? null : List.copyOf(new java.util.TreeSet<>(scope.agencies())), from, to, asOf,
                new Indicators.Received(received, byChannel),
                new Indicators.Done(done, early, onTime, late, t.get(Metric.REFUSED),
                        "trễ hạn khi có kết quả sau hạn giải quyết (hạn trước khi xin lỗi); trước hạn khi có kết quả trước ngày hẹn"),
                new Indicators.InProgress(s.inProgress(), within, s.pastDeadline()),
                new Indicators.InProgress(s.paused(), s.paused() - s.pausedPastDeadline(), s.pausedPastDeadline()),
                new Indicators.Closed(t.get(Metric.WITHDRAWN), t.get(Metric.STOPPED)),
                synced, onTimeRate, average, online, paid, digitised, reused, electronic,
                new Indicators.Satisfaction(rated, distribution, satisfied),
                new Indicators.Apologies(t.get(Metric.APOLOGIES), t.get(Metric.DONE_LATE_WITHOUT_APOLOGY), s.overdueWithoutApology()),
                Scoring.score(rates, config));
    }
}
