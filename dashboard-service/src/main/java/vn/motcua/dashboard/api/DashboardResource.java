package vn.motcua.dashboard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.dashboard.followup.OverdueList;
import vn.motcua.dashboard.followup.PostalFollowUp;
import vn.motcua.dashboard.indicator.IndicatorQuery;
import vn.motcua.dashboard.indicator.Indicators;
import vn.motcua.dashboard.indicator.Scope;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * The indicators, the follow-up lists and their exports. Roles {@code dashboard} (the provincial office: every
 * agency), {@code admin} (the same) and {@code leader} (their agency and the units under it).
 */
@Path("/api/v1")
@Tag(name = "Dashboard")
@RolesAllowed({Roles.DASHBOARD, Roles.LEADER, Roles.ADMIN})
public class DashboardResource {

    private final IndicatorQuery indicators;
    private final OverdueList overdue;
    private final PostalFollowUp postal;
    private final Tables tables;
    private final CallerScope scopes;
    private final Caller caller;
    private final AgencyDirectory directory;
    private final Clock clock;

    public DashboardResource(IndicatorQuery indicators, OverdueList overdue, PostalFollowUp postal, Tables tables,
                             CallerScope scopes, Caller caller, AgencyDirectory directory, Clock clock) {
        this.indicators = indicators;
        this.overdue = overdue;
        this.postal = postal;
        this.tables = tables;
        this.scopes = scopes;
        this.caller = caller;
        this.directory = directory;
        this.clock = clock;
    }

    /** Who is looking, and which agencies they may choose from. */
    public record Viewer(String username, boolean province, String agency, List<AgencyDirectory.Agency> agencies) {
    }

    @GET
    @Path("/me")
    @Operation(summary = "The caller and the agencies whose figures they may see")
    public Viewer me() {
        Scope scope = scopes.of(null);
        List<AgencyDirectory.Agency> visible = directory.all().values().stream()
                .filter(a -> scope.all() || scope.agencies().contains(a.code())).toList();
        return new Viewer(caller.username(), scopes.province(), caller.agency().orElse(null), visible);
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "The indicator table of an agency (with the units under it) or of the province, for a period, each rate with its formula and parts, and the Decision 766 points")
    public Indicators indicatorTable(@QueryParam("agency") String agency, @QueryParam("period") String period,
                                     @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Period p = period(period, from, to);
        return indicators.indicators(scopes.of(agency), p.from(), p.to(), OffsetDateTime.now(clock));
    }

    @GET
    @Path("/indicators/{breakdown}")
    @Operation(summary = "The period's counts by month (trend), by unit (units) or by channel (channels)")
    public Table breakdown(@PathParam("breakdown") String breakdown, @QueryParam("agency") String agency,
                           @QueryParam("period") String period, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Tables.Name name = switch (breakdown) {
            case "trend" -> Tables.Name.TREND;
            case "units" -> Tables.Name.UNITS;
            case "channels" -> Tables.Name.CHANNELS;
            default -> throw ProblemException.notFound("no-such-breakdown", "không có bảng " + breakdown + " (trend, units, channels)",
                    "no breakdown " + breakdown + " (trend, units, channels)");
        };
        return tables.table(name, scopes.of(agency), period(period, from, to), OffsetDateTime.now(clock));
    }

    @GET
    @Path("/follow-up/overdue")
    @Operation(summary = "Dossiers in progress past or near their due time, most overdue first, with the officer and whether an apology went out")
    public List<OverdueList.Item> overdueList(@QueryParam("agency") String agency, @QueryParam("limit") Integer limit) {
        int n = limit == null ? 200 : limit;
        if (n < 1 || n > 1000) {
            throw ProblemException.invalidField("limit", "từ 1 đến 1000", "1 to 1000");
        }
        return overdue.list(scopes.of(agency), OffsetDateTime.now(clock), n);
    }

    @GET
    @Path("/follow-up/postal")
    @Operation(summary = "Per post office and commune point (by=desk) or per postal clerk (by=staff): received, not accepted at the desk, supplements, median hand-over hours, results returned by post")
    public List<PostalFollowUp.Row> postalFollowUp(@QueryParam("agency") String agency, @QueryParam("period") String period,
                                                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                                   @QueryParam("by") String by) {
        Period p = period(period, from, to);
        return postal.rows(scopes.of(agency), p.from(), p.to(), staff(by));
    }

    @GET
    @Path("/exports/{table}.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "Any table of the dashboard as CSV or XLSX: chi-so, theo-thang, theo-don-vi, theo-kenh, qua-han, buu-dien, nhan-vien-buu-dien")
    public Response export(@PathParam("table") String table, @PathParam("format") String format,
                           @QueryParam("agency") String agency, @QueryParam("period") String period,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Tables.Name name = Arrays.stream(Tables.Name.values()).filter(n -> n.fileName().equals(table)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no-such-table", "không có bảng " + table, "no table " + table));
        Period p = period(period, from, to);
        Table t = tables.table(name, scopes.of(agency), p, OffsetDateTime.now(clock));
        String file = t.name() + "_" + p.from() + "_" + p.to();
        return switch (format) {
            case "csv" -> Response.ok(TableFiles.csv(t), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
            case "xlsx" -> Response.ok(TableFiles.xlsx(t), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
            default -> throw ProblemException.notFound("no-such-format", "định dạng xuất là csv hoặc xlsx", "export as csv or xlsx");
        };
    }

    private Period period(String period, LocalDate from, LocalDate to) {
        return Period.of(period, from, to, LocalDate.now(clock.withZone(VietnamTime.OFFSET)));
    }

    private static boolean staff(String by) {
        if (by == null || by.equals("desk")) {
            return false;
        }
        if (by.equals("staff")) {
            return true;
        }
        throw ProblemException.invalidField("by", "desk (theo điểm) hoặc staff (theo nhân viên)", "desk or staff");
    }

}
