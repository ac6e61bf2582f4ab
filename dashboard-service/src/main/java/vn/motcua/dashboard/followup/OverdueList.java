package vn.motcua.dashboard.followup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.dashboard.indicator.IndicatorConfig;
import vn.motcua.dashboard.indicator.Scope;
import vn.motcua.dashboard.ingest.CalendarMinutes;

/**
 * Dossiers in progress that are overdue or near due (quá hạn, sắp đến hạn), by unit and officer, most overdue first:
 * how late in working days and whether the agency apologised.
 */
@ApplicationScoped
public class OverdueList {

    /** Overdue: past the due time; near due: within the configured margin, or so flagged by processing. */
    public enum Stage { OVERDUE, NEAR_DUE }

    /** A row of the follow-up list. */
    public record Item(String dossierCode, String agencyCode, String procedureCode, String procedureName, String assignee,
                       String state, OffsetDateTime dueAt, Stage stage, double workingDaysLate, boolean apologyIssued) {
    }

    private final AgroalDataSource dataSource;
    private final IndicatorConfig config;
    private final CalendarMinutes minutes;

    public OverdueList(AgroalDataSource dataSource, IndicatorConfig config, CalendarMinutes minutes) {
        this.dataSource = dataSource;
        this.config = config;
        this.minutes = minutes;
    }

    public List<Item> list(Scope scope, OffsetDateTime now, int limit) {
        String sql = "SELECT dossier_code, agency_code, procedure_code, procedure_name, assignee, state, due_at, apology_at, "
                + "near_due_at, office_hours FROM dossier_fact WHERE accepted AND finished_at IS NULL"
                + (scope.all() ? "" : " AND agency_code = ANY(?)")
                + " AND (due_at < ? OR near_due_at IS NOT NULL) ORDER BY due_at, dossier_code LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (!scope.all()) {
                p.setArray(i++, c.createArrayOf("varchar", scope.agencies().toArray()));
            }
            p.setObject(i++, now.plus(config.nearDue()));
            p.setInt(i, limit);
            List<Item> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
                    boolean overdue = due != null && due.isBefore(now);
                    double late = overdue ? Math.round(minutes.between(rs.getString("office_hours"), due, now) * 10.0
                            / OfficeHours.MINUTES_PER_WORKING_DAY) / 10.0 : 0;
                    out.add(new Item(rs.getString("dossier_code"), rs.getString("agency_code"), rs.getString("procedure_code"),
                            rs.getString("procedure_name"), rs.getString("assignee"), rs.getString("state"), due,
                            overdue ? Stage.OVERDUE : Stage.NEAR_DUE, late, rs.getObject("apology_at") != null));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
