package vn.motcua.dashboard.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.platform.events.contract.CaseState;

/** Reads and writes {@code dossier_fact} rows; the columns and the fields they hold are listed once, here. */
@ApplicationScoped
public class FactStore {

    /** A column and the field it holds. */
    private record Column(String name, Class<?> type, Function<DossierFact, Object> get, BiConsumer<DossierFact, Object> set) {
    }

    private static final List<Column> COLUMNS = List.of(
            bool("accepted", f -> f.accepted, (f, v) -> f.accepted = v),
            text("agency_code", f -> f.agencyCode, (f, v) -> f.agencyCode = v),
            text("procedure_code", f -> f.procedureCode, (f, v) -> f.procedureCode = v),
            text("procedure_name", f -> f.procedureName, (f, v) -> f.procedureName = v),
            text("channel", f -> f.channel, (f, v) -> f.channel = v),
            text("desk_agency", f -> f.deskAgency, (f, v) -> f.deskAgency = v),
            text("desk_staff", f -> f.deskStaff, (f, v) -> f.deskStaff = v),
            text("office_hours", f -> f.officeHours, (f, v) -> f.officeHours = v),
            text("return_channel", f -> f.returnChannel, (f, v) -> f.returnChannel = v),
            time("received_at", f -> f.receivedAt, (f, v) -> f.receivedAt = v),
            time("counting_starts_at", f -> f.countingStartsAt, (f, v) -> f.countingStartsAt = v),
            time("appointment_at", f -> f.appointmentAt, (f, v) -> f.appointmentAt = v),
            time("due_at", f -> f.dueAt, (f, v) -> f.dueAt = v),
            bool("fee_bearing", f -> f.feeBearing, (f, v) -> f.feeBearing = v),
            bool("paid_online", f -> f.paidOnline, (f, v) -> f.paidOnline = v),
            integer("components", f -> f.components, (f, v) -> f.components = v),
            integer("digitised", f -> f.digitised, (f, v) -> f.digitised = v),
            integer("reused", f -> f.reused, (f, v) -> f.reused = v),
            state("state", f -> f.state, (f, v) -> f.state = v),
            time("last_transition_at", f -> f.lastTransitionAt, (f, v) -> f.lastTransitionAt = v),
            text("assignee", f -> f.assignee, (f, v) -> f.assignee = v),
            time("paused_since", f -> f.pausedSince, (f, v) -> f.pausedSince = v),
            new Column("paused_minutes", Long.class, f -> f.pausedMinutes, (f, v) -> f.pausedMinutes = (Long) v),
            time("opened_at", f -> f.openedAt, (f, v) -> f.openedAt = v),
            time("taken_up_at", f -> f.takenUpAt, (f, v) -> f.takenUpAt = v),
            integer("supplement_requests", f -> f.supplementRequests, (f, v) -> f.supplementRequests = v),
            time("first_supplement_at", f -> f.firstSupplementAt, (f, v) -> f.firstSupplementAt = v),
            time("done_at", f -> f.doneAt, (f, v) -> f.doneAt = v),
            state("done_state", f -> f.doneState, (f, v) -> f.doneState = v),
            time("done_due_at", f -> f.doneDueAt, (f, v) -> f.doneDueAt = v),
            bool("electronic_result", f -> f.electronicResult, (f, v) -> f.electronicResult = v),
            time("returned_at", f -> f.returnedAt, (f, v) -> f.returnedAt = v),
            time("closed_at", f -> f.closedAt, (f, v) -> f.closedAt = v),
            state("closed_state", f -> f.closedState, (f, v) -> f.closedState = v),
            time("apology_at", f -> f.apologyAt, (f, v) -> f.apologyAt = v),
            time("apology_previous_due", f -> f.apologyPreviousDue, (f, v) -> f.apologyPreviousDue = v),
            time("near_due_at", f -> f.nearDueAt, (f, v) -> f.nearDueAt = v),
            text("rating", f -> f.rating, (f, v) -> f.rating = v),
            time("rated_at", f -> f.ratedAt, (f, v) -> f.ratedAt = v),
            time("synced_at", f -> f.syncedAt, (f, v) -> f.syncedAt = v),
            new Column("finished_at", OffsetDateTime.class, DossierFact::finishedAt, (f, v) -> { }));

    private static final String SELECT = "SELECT dossier_code, "
            + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM dossier_fact";
    private static final String UPDATE = "UPDATE dossier_fact SET "
            + COLUMNS.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", ")) + " WHERE dossier_code = ?";

    /**
     * The facts of these dossiers, created empty where new, each locked until the transaction ends; locked in code
     * order so that two batches touching the same dossiers wait for each other instead of deadlocking.
     */
    public Map<String, DossierFact> lock(Connection c, Collection<String> codes) throws SQLException {
        String[] sorted = codes.stream().distinct().sorted().toArray(String[]::new);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO dossier_fact (dossier_code) SELECT unnest(?::varchar[]) ORDER BY 1 ON CONFLICT DO NOTHING")) {
            insert.setArray(1, c.createArrayOf("varchar", sorted));
            insert.executeUpdate();
        }
        Map<String, DossierFact> out = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE dossier_code = ANY(?) ORDER BY dossier_code FOR UPDATE")) {
            select.setArray(1, c.createArrayOf("varchar", sorted));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    DossierFact f = read(rs);
                    out.put(f.code, f);
                }
            }
        }
        return out;
    }

    public void save(Connection c, Collection<DossierFact> facts) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            for (DossierFact f : facts) {
                int i = 1;
                for (Column col : COLUMNS) {
                    Object v = col.get().apply(f);
                    if (v == null) {
                        update.setNull(i++, col.type() == OffsetDateTime.class ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
                    } else {
                        update.setObject(i++, v instanceof CaseState s ? s.name() : v);
                    }
                }
                update.setString(i, f.code);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static DossierFact read(ResultSet rs) throws SQLException {
        DossierFact f = new DossierFact(rs.getString("dossier_code"));
        for (Column col : COLUMNS) {
            Object v;
            if (col.type() == OffsetDateTime.class) {
                v = rs.getObject(col.name(), OffsetDateTime.class);
            } else if (col.type() == CaseState.class) {
                String s = rs.getString(col.name());
                v = s == null ? null : CaseState.valueOf(s);
            } else if (col.type() == Boolean.class) {
                v = rs.getBoolean(col.name());
            } else if (col.type() == Integer.class) {
                v = rs.getInt(col.name());
            } else if (col.type() == Long.class) {
                v = rs.getLong(col.name());
            } else {
                v = rs.getString(col.name());
            }
            col.set().accept(f, v);
        }
        return f;
    }

    private static Column text(String name, Function<DossierFact, String> get, BiConsumer<DossierFact, String> set) {
        return new Column(name, String.class, get::apply, (f, v) -> set.accept(f, (String) v));
    }

    private static Column time(String name, Function<DossierFact, OffsetDateTime> get, BiConsumer<DossierFact, OffsetDateTime> set) {
        return new Column(name, OffsetDateTime.class, get::apply, (f, v) -> set.accept(f, (OffsetDateTime) v));
    }

    private static Column bool(String name, Function<DossierFact, Boolean> get, BiConsumer<DossierFact, Boolean> set) {
        return new Column(name, Boolean.class, get::apply, (f, v) -> set.accept(f, (Boolean) v));
    }

    private static Column integer(String name, Function<DossierFact, Integer> get, BiConsumer<DossierFact, Integer> set) {
        return new Column(name, Integer.class, get::apply, (f, v) -> set.accept(f, (Integer) v));
    }

    private static Column state(String name, Function<DossierFact, CaseState> get, BiConsumer<DossierFact, CaseState> set) {
        return new Column(name, CaseState.class, get::apply, (f, v) -> set.accept(f, (CaseState) v));
    }
}
