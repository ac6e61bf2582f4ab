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
import vn.motcua.dashboard.readmodel.DossierFact;
import vn.motcua.dashboard.readmodel.Metric;
import vn.motcua.platform.events.contract.Channel;

/**
 * Answers the indicator tables from the read model: sums of the counters for the period (month rows for its whole
 * months, day rows for the rest) and the stocks of dossiers in progress at the period's end, never a scan of the
 * dossiers themselves.
 */
@ApplicationScoped
public class IndicatorQuery {

    private static final String SUMS = Arrays.stream(Metric.values()).map(m -> "COALESCE(sum(" + m.column() + "), 0)")
            .collect(Collectors.joining(", "));
    private static final List<Metric> STOCKS = Arrays.stream(Metric.values()).filter(Metric::stock).toList();
    private static final String STOCK_SUMS = STOCKS.stream().map(m -> "COALESCE(sum(" + m.column() + "), 0)")
            .collect(Collectors.joining(", "));
    private static final String STOCK_COLUMNS = STOCKS.stream().map(Metric::column).collect(Collectors.joining(", "));

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

    /**
     * Sums per group over the given desks (post offices and commune points), optionally by clerk too. The province's
     * whole months come from {@code desk_month_count}; a leader's units, and partial months, from {@code desk_day_count}.
     */
    public List<Row> byDesk(Scope scope, List<String> desks, LocalDate from, LocalDate to, boolean byStaff) {
        String key = byStaff ? "desk_agency || '/' || desk_staff" : "desk_agency";
        String cols = Metric.columns("");
        Split split = scope.all() ? Split.of(from, to) : Split.daysOnly(from, to);
        String days = "SELECT desk_agency, desk_staff, " + cols + " FROM desk_day_count WHERE (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)"
                + " AND desk_agency = ANY(?)" + scope.where("agency_code");
        String months = "SELECT desk_agency, desk_staff, " + cols + " FROM desk_month_count WHERE month BETWEEN ? AND ?"
                + " AND desk_agency = ANY(?)";
        String sql = "SELECT " + key + ", " + SUMS + " FROM (" + split.union(days, months) + ") u GROUP BY 1 ORDER BY 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (split.hasDays()) {
                i = split.setDays(p, i);
                p.setArray(i++, c.createArrayOf("varchar", desks.toArray()));
                if (!scope.all()) {
                    p.setArray(i++, c.createArrayOf("varchar", scope.codes().toArray()));
                }
            }
            if (split.hasMonths()) {
                i = split.setMonths(p, i);
                p.setArray(i, c.createArrayOf("varchar", desks.toArray()));
            }
            return rows(p);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A period cut into its whole months (read from a month table) and the days of a partial first and last month
     * (read from a day table): two day ranges and one month range, each possibly empty.
     */
    private record Split(LocalDate[] days, LocalDate[] months) {

        static Split of(LocalDate from, LocalDate to) {
            LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate lastWhole = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to : to.withDayOfMonth(1).minusDays(1);
            if (firstWhole.isAfter(lastWhole)) {
                return daysOnly(from, to);
            }
            return new Split(new LocalDate[] {from, firstWhole.minusDays(1), lastWhole.plusDays(1), to},
                    new LocalDate[] {firstWhole, lastWhole.withDayOfMonth(1)});
        }

        /** Every day from the day table, no month. */
        static Split daysOnly(LocalDate from, LocalDate to) {
            return new Split(new LocalDate[] {from, to, to.plusDays(1), to}, new LocalDate[] {to.plusDays(1), to});
        }

        /**
         * The day part and the month part of a statement, a part whose ranges are empty left out: a prepared
         * statement's generic plan would otherwise read a day table (a million clerk-day rows a year) to find none.
         */
        String union(String daysPart, String monthsPart) {
            return !hasDays() ? monthsPart : !hasMonths() ? daysPart : daysPart + " UNION ALL " + monthsPart;
        }

        boolean hasDays() {
            return !days[0].isAfter(days[1]) || !days[2].isAfter(days[3]);
        }

        boolean hasMonths() {
            return !months[0].isAfter(months[1]);
        }

        int setDays(PreparedStatement p, int first) throws SQLException {
            return set(p, first, days);
        }

        int setMonths(PreparedStatement p, int first) throws SQLException {
            return set(p, first, months);
        }

        private static int set(PreparedStatement p, int i, LocalDate[] dates) throws SQLException {
            for (LocalDate d : dates) {
                p.setDate(i++, Date.valueOf(d));
            }
            return i;
        }
    }

    /**
     * Sums over the period: its whole months from {@code month_count}, the days of a partial first or last month from
     * {@code day_count} (a province-year is then the units × channels × 12 month rows).
     */
    private List<Row> breakdown(Connection c, Scope scope, LocalDate from, LocalDate to, String groupBy) throws SQLException {
        String key = groupBy == null ? "''" : groupBy;
        Split split = Split.of(from, to);
        String cols = Metric.columns("");
        String days = "SELECT agency_code, channel, day, " + cols + " FROM day_count WHERE (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)"
                + scope.where("agency_code");
        String months = "SELECT agency_code, channel, month AS day, " + cols + " FROM month_count WHERE month BETWEEN ? AND ?"
                + scope.where("agency_code");
        String sql = "SELECT " + key + ", " + SUMS + " FROM (" + split.union(days, months) + ") u"
                + (groupBy == null ? "" : " GROUP BY 1 ORDER BY 1");
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (split.hasDays()) {
                i = split.setDays(p, i);
                if (!scope.all()) {
                    p.setArray(i++, c.createArrayOf("varchar", scope.codes().toArray()));
                }
            }
            if (split.hasMonths()) {
                i = split.setMonths(p, i);
                if (!scope.all()) {
                    p.setArray(i, c.createArrayOf("varchar", scope.codes().toArray()));
                }
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

    /**
     * The dossiers in progress at {@code asOf}: the stocks summed from the beginning up to the day of {@code asOf}
     * (its month's days, the months before it). Within the current day the stocks already count as past due what is
     * due later today: those few are read from the open dossiers and taken back.
     */
    Snapshot snapshot(Connection c, Scope scope, OffsetDateTime asOf) throws SQLException {
        LocalDate last = DossierFact.day(asOf.minusNanos(1));
        String sql = "SELECT " + STOCK_SUMS + " FROM (SELECT " + STOCK_COLUMNS + " FROM month_count WHERE month < ?" + scope.where("agency_code")
                + " UNION ALL SELECT " + STOCK_COLUMNS + " FROM day_count WHERE day BETWEEN ? AND ?" + scope.where("agency_code") + ") s";
        Map<Metric, Long> v = new EnumMap<>(Metric.class);
        // the months before the day's month whole, that month's days up to the day (none when the day ends its month)
        LocalDate firstDay = last.plusDays(1).getDayOfMonth() == 1 ? last.plusDays(1) : last.withDayOfMonth(1);
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setDate(i++, Date.valueOf(firstDay));
            if (!scope.all()) {
                p.setArray(i++, c.createArrayOf("varchar", scope.codes().toArray()));
            }
            p.setDate(i++, Date.valueOf(firstDay));
            p.setDate(i++, Date.valueOf(last));
            if (!scope.all()) {
                p.setArray(i, c.createArrayOf("varchar", scope.codes().toArray()));
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                for (int k = 0; k < STOCKS.size(); k++) {
                    v.put(STOCKS.get(k), rs.getLong(k + 1));
                }
            }
        }
        OffsetDateTime endOfDay = last.plusDays(1).atStartOfDay().atOffset(VietnamTime.OFFSET);
        long dueLater = 0, pausedDueLater = 0, dueLaterWithoutApology = 0;
        if (asOf.isBefore(endOfDay)) {
            String later = "SELECT count(*), count(*) FILTER (WHERE paused_since IS NOT NULL), count(*) FILTER (WHERE apology_at IS NULL) "
                    + "FROM dossier_fact WHERE accepted AND finished_at IS NULL AND due_at >= ? AND due_at < ?" + scope.where("agency_code");
            try (PreparedStatement p = c.prepareStatement(later)) {
                p.setObject(1, asOf);
                p.setObject(2, endOfDay);
                if (!scope.all()) {
                    p.setArray(3, c.createArrayOf("varchar", scope.codes().toArray()));
                }
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    dueLater = rs.getLong(1);
                    pausedDueLater = rs.getLong(2);
                    dueLaterWithoutApology = rs.getLong(3);
                }
            }
        }
        return new Snapshot(v.get(Metric.OPEN), v.get(Metric.OPEN_PAST_DUE) - dueLater, v.get(Metric.OPEN_PAUSED),
                v.get(Metric.OPEN_PAUSED_PAST_DUE) - pausedDueLater, v.get(Metric.OPEN_PAST_DUE_WITHOUT_APOLOGY) - dueLaterWithoutApology);
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
