package vn.motcua.dashboard.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import io.quarkus.logging.Log;

/**
 * The rebuild (dựng lại dữ liệu tổng hợp): the first batch written under a new {@link DashboardConfig#readModelGeneration}
 * empties the read model and this service's inbox, once across replicas (an advisory lock, then the stored
 * generation decides), so that the replay from the new consumer groups counts every event exactly once.
 */
@ApplicationScoped
public class Generation {

    static final String[] CONSUMERS = {IngestWriter.INTAKE, IngestWriter.PROCESSING, IngestWriter.PORTAL, AgencyEventsConsumer.NAME};

    private final DashboardConfig config;
    private final AtomicBoolean current = new AtomicBoolean();

    public Generation(DashboardConfig config) {
        this.config = config;
    }

    /** Called at the start of each batch's transaction; cheap once this replica has seen its generation stored. */
    public void ensureCurrent(Connection c) throws SQLException {
        if (current.get()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(hashtext('dashboard.read-model-generation'))");
        }
        long stored;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT generation FROM read_model_generation WHERE id = 1")) {
            rs.next();
            stored = rs.getLong(1);
        }
        long wanted = config.readModelGeneration();
        if (stored < wanted) {
            Log.warnf("read model generation %d -> %d: emptying the read model, the topics are replayed from the start", stored, wanted);
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE dossier_fact, day_count, month_count, desk_day_count, desk_month_count, hand_over, agency");
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM processed_event WHERE consumer = ANY(?)")) {
                p.setArray(1, c.createArrayOf("varchar", CONSUMERS));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE read_model_generation SET generation = ?, started_at = now(), started_by = 'configuration' WHERE id = 1")) {
                p.setLong(1, wanted);
                p.executeUpdate();
            }
        } else if (stored > wanted) {
            // a replica not yet restarted with the new value: the shared inbox still keeps its events to one effect
            Log.errorf("the read model is at generation %d, this replica runs %d: give every replica the same "
                    + "motcua.dashboard.read-model-generation", stored, wanted);
            current.set(true);
        } else {
            current.set(true); // stored and committed: later batches skip the check
        }
    }
}
