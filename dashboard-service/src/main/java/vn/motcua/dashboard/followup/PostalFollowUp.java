package vn.motcua.dashboard.followup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dashboard.api.AgencyDirectory;
import vn.motcua.dashboard.indicator.IndicatorQuery;
import vn.motcua.dashboard.indicator.Rate;
import vn.motcua.dashboard.indicator.Scope;
import vn.motcua.dashboard.readmodel.Metric;

/**
 * The figures a quarterly evaluation of the public postal service needs (Decision 45/2016/QĐ-TTg, 468/QĐ-TTg), per
 * post office and commune point and per postal clerk: dossiers received, not accepted at the desk (supplement slip,
 * refusal slip), asked for a supplement during processing, the median hand-over time (receipt at the point until the
 * competent agency took the dossier up), results returned by post and on time.
 */
@ApplicationScoped
public class PostalFollowUp {

    /** One desk (or clerk) row. */
    public record Row(String desk, String deskName, String staff, long received, long slipSupplement, long slipRefusal,
                      long supplementInProcessing, Rate supplementRate, Double medianHandOverHours, long returnedByPost,
                      long returnedByPostOnTime) {
    }

    private final IndicatorQuery query;
    private final AgencyDirectory directory;
    private final AgroalDataSource dataSource;

    public PostalFollowUp(IndicatorQuery query, AgencyDirectory directory, AgroalDataSource dataSource) {
        this.query = query;
        this.directory = directory;
        this.dataSource = dataSource;
    }

    public List<Row> rows(Scope scope, LocalDate from, LocalDate to, boolean byStaff) {
        Map<String, AgencyDirectory.Agency> names = directory.all(); // read once: the desks and their names
        List<String> desks = List.copyOf(AgencyDirectory.postalDesks(names));
        if (desks.isEmpty()) {
            return List.of();
        }
        Map<String, Double> medians = medians(scope, desks, from, to, byStaff);
        List<Row> out = new ArrayList<>();
        for (IndicatorQuery.Row r : query.byDesk(scope, desks, from, to, byStaff)) {
            String desk = byStaff ? r.key().substring(0, r.key().indexOf('/')) : r.key();
            String staff = byStaff ? r.key().substring(r.key().indexOf('/') + 1) : null;
            IndicatorQuery.Totals t = r.totals();
            AgencyDirectory.Agency a = names.get(desk);
            out.add(new Row(desk, a == null ? desk : a.name(), staff, t.get(Metric.RECEIVED), t.get(Metric.SLIP_SUPPLEMENT),
                    t.get(Metric.SLIP_REFUSAL), t.get(Metric.SUPPLEMENT_REQUESTED),
                    Rate.of(t.get(Metric.SLIP_SUPPLEMENT) + t.get(Metric.SUPPLEMENT_REQUESTED),
                            t.get(Metric.RECEIVED) + t.get(Metric.SLIP_SUPPLEMENT) + t.get(Metric.SLIP_REFUSAL),
                            "(phiếu yêu cầu bổ sung tại điểm + yêu cầu bổ sung khi giải quyết) ÷ lượt tiếp nhận"),
                    medians.get(r.key()), t.get(Metric.RETURNED_BY_POST), t.get(Metric.RETURNED_BY_POST_ON_TIME)));
        }
        return out;
    }

    private Map<String, Double> medians(Scope scope, List<String> desks, LocalDate from, LocalDate to, boolean byStaff) {
        String key = byStaff ? "desk_agency || '/' || desk_staff" : "desk_agency";
        String sql = "SELECT " + key + ", percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds / 3600.0) FROM hand_over "
                + "WHERE received_on BETWEEN ? AND ? AND desk_agency = ANY(?)" + (scope.all() ? "" : " AND agency_code = ANY(?)")
                + " GROUP BY 1";
        Map<String, Double> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setDate(1, java.sql.Date.valueOf(from));
            p.setDate(2, java.sql.Date.valueOf(to));
            p.setArray(3, c.createArrayOf("varchar", desks.toArray()));
            if (!scope.all()) {
                p.setArray(4, c.createArrayOf("varchar", scope.agencies().toArray()));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Math.round(rs.getDouble(2) * 10) / 10.0);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

}
