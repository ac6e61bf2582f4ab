package vn.motcua.dashboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A rebuild: a replica that runs a higher read-model generation than the one stored empties the read model and the
 * dashboard's inbox before its first write, once (a second replica of the same generation finds it done and keeps
 * what the first one wrote since).
 */
@QuarkusTest
@org.junit.jupiter.api.Order(Integer.MAX_VALUE) // it empties the read model the other classes read
class GenerationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_new_generation_empties_the_read_model_once_before_writing() throws Exception {
        long stored = single("SELECT generation FROM read_model_generation");
        run("INSERT INTO day_count (agency_code, channel, day, received) VALUES ('GEN-OLD', 'ONLINE', DATE '2026-01-05', 3)"
                + " ON CONFLICT DO NOTHING");
        run("INSERT INTO processed_event (consumer, event_id) VALUES ('" + IngestWriter.INTAKE + "', 'gen-old-event'),"
                + " ('other.consumer', 'gen-kept-event') ON CONFLICT DO NOTHING");

        Generation next = new Generation(() -> stored + 1);
        inTransaction(next);
        assertThat(single("SELECT generation FROM read_model_generation")).isEqualTo(stored + 1);
        assertThat(single("SELECT count(*) FROM day_count WHERE agency_code = 'GEN-OLD'")).isZero();
        assertThat(single("SELECT count(*) FROM processed_event WHERE event_id = 'gen-old-event'")).isZero();
        assertThat(single("SELECT count(*) FROM processed_event WHERE event_id = 'gen-kept-event'")).as("another consumer's inbox").isOne();

        // what the new generation writes next is kept by a second replica starting on the same generation
        run("INSERT INTO day_count (agency_code, channel, day, received) VALUES ('GEN-NEW', 'ONLINE', DATE '2026-01-05', 1)");
        inTransaction(new Generation(() -> stored + 1));
        assertThat(single("SELECT count(*) FROM day_count WHERE agency_code = 'GEN-NEW'")).isOne();
        // and a replica still on the old generation does not empty it either
        inTransaction(new Generation(() -> stored));
        assertThat(single("SELECT count(*) FROM day_count WHERE agency_code = 'GEN-NEW'")).isOne();
        run("UPDATE read_model_generation SET generation = " + stored); // as the running service knows it
    }

    private void inTransaction(Generation g) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                g.ensureCurrent(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void run(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
