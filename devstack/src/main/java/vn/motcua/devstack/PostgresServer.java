package vn.motcua.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the zonky embedded binaries (PostgreSQL 17), one database per service so each
 * service owns its schema.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres pg;

    private PostgresServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * A server whose data is kept ({@code dataDir} given: {@code ./motcua run}, benchmarks, the fault drill) is durable:
     * {@code fsync=on} and {@code synchronous_commit=on}, so a dossier answered 201 survives a crash. A throw-away
     * server (tests) relaxes both, which only matters if the machine itself crashes mid-test.
     *
     * @param port    0 for any free port
     * @param dataDir null for a throw-away directory; otherwise kept between runs
     */
    public static PostgresServer start(int port, Path dataDir) {
        return start(port, dataDir, dataDir != null);
    }

    /** As {@link #start(int, Path)}, choosing durability explicitly (a benchmark may measure a throw-away durable one). */
    public static PostgresServer start(int port, Path dataDir, boolean durable) {
        try {
            // zonky's defaults turn synchronous_commit off: say each setting here
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off");
            if (port > 0) {
                b.setPort(port);
            }
            if (dataDir != null) {
                b.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new PostgresServer(b.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return pg.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("bad database name " + name);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
