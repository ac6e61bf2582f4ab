package vn.motcua.dashboard.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes the {@code hand_over} rows a batch changed, in the batch's transaction (a row is derived from its fact alone). */
@ApplicationScoped
public class HandOverStore {

    private static final String UPSERT = "INSERT INTO hand_over (dossier_code, desk_agency, desk_staff, agency_code, received_on, seconds) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_code) DO UPDATE SET desk_agency = EXCLUDED.desk_agency, "
            + "desk_staff = EXCLUDED.desk_staff, agency_code = EXCLUDED.agency_code, received_on = EXCLUDED.received_on, "
            + "seconds = EXCLUDED.seconds";

    public void save(Connection c, List<HandOver> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement(UPSERT)) {
            for (HandOver h : rows) {
                p.setString(1, h.dossierCode());
                p.setString(2, h.deskAgency());
                p.setString(3, h.deskStaff());
                p.setString(4, h.agencyCode());
                p.setDate(5, Date.valueOf(h.receivedOn()));
                p.setLong(6, h.seconds());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
