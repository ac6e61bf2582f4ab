package vn.motcua.portalsync.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.persistence.NativeColumns;
import vn.motcua.portalsync.mapping.ChangeKind;
import vn.motcua.portalsync.reconcile.Cause;
import vn.motcua.portalsync.reconcile.FindingKind;

/** Reads for the sync API, each limited to an agency when the caller sees only theirs (agency null = the province). */
@ApplicationScoped
public class SyncReads {

    private static final String CHANGE_COLUMNS = """
            c.id, c.dossier_code, c.seq, c.kind, c.operation, c.status_code, c.state, c.attempts, c.occurred_at,
            c.enqueued_at, c.acked_at, c.next_attempt_at, c.portal_message, c.last_error""";

    private final EntityManager em;

    public SyncReads(EntityManager em) {
        this.em = em;
    }

    public Optional<Views.DossierSync> dossier(String code, String agency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT code, agency_code, unit_id, local_state, local_status, acked_status, acked_at FROM synced_dossier
                        WHERE code = :c AND (CAST(:a AS TEXT) IS NULL OR agency_code = :a OR processing_agency = :a)""")
                .setParameter("c", code).setParameter("a", agency).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] d = rows.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> changeRows = em.createNativeQuery("SELECT " + CHANGE_COLUMNS
                        + " FROM portal_change c WHERE c.dossier_code = :c ORDER BY c.seq NULLS LAST, c.id")
                .setParameter("c", code).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> callRows = em.createNativeQuery("""
                        SELECT a.change_id, a.at, a.outcome, a.http_status, a.message, a.duration_ms FROM portal_attempt a
                        JOIN portal_change c ON c.id = a.change_id WHERE c.dossier_code = :c ORDER BY a.id""")
                .setParameter("c", code).getResultList();
        Map<Long, List<Views.Call>> calls = callRows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.mapping(r -> new Views.Call(NativeColumns.time(r[1]), (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], ((Number) r[5]).intValue()),
                        Collectors.toList())));
        List<Views.Change> changes = changeRows.stream().map(r -> change(r, calls.getOrDefault(((Number) r[0]).longValue(), List.of())))
                .toList();
        boolean synced = !changes.isEmpty() && changes.stream().allMatch(c -> c.state() == Views.ChangeState.ACKED);
        return Optional.of(new Views.DossierSync((String) d[0], (String) d[1], (String) d[2], CaseState.valueOf((String) d[3]),
                ((Number) d[4]).intValue(), d[5] == null ? null : ((Number) d[5]).intValue(), NativeColumns.time(d[6]), synced, changes));
    }

    public List<Views.Change> parked(String agency, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + CHANGE_COLUMNS + """
                         FROM portal_change c JOIN synced_dossier d ON d.code = c.dossier_code
                        WHERE c.state = 'PARKED' AND (CAST(:a AS TEXT) IS NULL OR d.agency_code = :a)
                        ORDER BY c.id LIMIT :n""")
                .setParameter("a", agency).setParameter("n", limit).getResultList();
        return rows.stream().map(r -> change(r, List.of())).toList();
    }

    /** The agency of the dossier a parked change belongs to; empty if no such parked change. */
    public Optional<String> parkedChangeAgency(long id) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                        SELECT d.agency_code FROM portal_change c JOIN synced_dossier d ON d.code = c.dossier_code
                        WHERE c.id = :id AND c.state = 'PARKED'""").setParameter("id", id).getResultList();
        return rows.stream().findFirst();
    }

    public Views.Summary summary(String agency) {
        long dossiers = ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM synced_dossier d WHERE CAST(:a AS TEXT) IS NULL OR d.agency_code = :a")
                .setParameter("a", agency).getSingleResult()).longValue();
        // the unsynced are few (those with a change not acknowledged): counted from the changes, not from every dossier
        long unsynced = ((Number) em.createNativeQuery("""
                        SELECT count(DISTINCT c.dossier_code) FROM portal_change c JOIN synced_dossier d ON d.code = c.dossier_code
                        WHERE c.state IN ('WAITING', 'PENDING', 'PARKED') AND (CAST(:a AS TEXT) IS NULL OR d.agency_code = :a)""")
                .setParameter("a", agency).getSingleResult()).longValue();
        Object[] c = (Object[]) em.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE c.state = 'PENDING'), count(*) FILTER (WHERE c.state = 'WAITING'),
                               count(*) FILTER (WHERE c.state = 'PARKED'),
                               COALESCE(EXTRACT(EPOCH FROM (now() - min(c.enqueued_at))), 0)
                        FROM portal_change c
                        WHERE c.state IN ('WAITING', 'PENDING', 'PARKED') AND (CAST(:a AS TEXT) IS NULL
                              OR EXISTS (SELECT 1 FROM synced_dossier d WHERE d.code = c.dossier_code AND d.agency_code = :a))""")
                .setParameter("a", agency).getSingleResult();
        long synced = dossiers - unsynced;
        double rate = dossiers == 0 ? 100.0 : Math.floor(synced * 10000.0 / dossiers) / 100.0;
        return new Views.Summary(agency, dossiers, synced, ((Number) c[0]).longValue(), ((Number) c[1]).longValue(),
                ((Number) c[2]).longValue(), rate, ((Number) c[3]).longValue());
    }

    public Optional<Views.Run> run(Long id, String agency, FindingKind kind, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> runs = em.createNativeQuery("""
                        SELECT id, trigger, started_at, finished_at, checked, mismatches, repaired, overdue, unreachable
                        FROM reconciliation_run WHERE (CAST(:id AS BIGINT) IS NULL AND finished_at IS NOT NULL) OR id = :id
                        ORDER BY id DESC LIMIT 1""").setParameter("id", id).getResultList();
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = runs.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT dossier_code, agency_code, kind, local_status, portal_status, local_due_at, portal_due_at, cause,
                               detail, repaired FROM reconciliation_finding
                        WHERE run_id = :run AND (CAST(:a AS TEXT) IS NULL OR agency_code = :a)
                          AND (CAST(:k AS TEXT) IS NULL OR kind = :k)
                        ORDER BY id LIMIT :n""")
                .setParameter("run", ((Number) r[0]).longValue()).setParameter("a", agency)
                .setParameter("k", kind == null ? null : kind.name()).setParameter("n", limit).getResultList();
        List<Views.Finding> findings = new ArrayList<>();
        for (Object[] f : rows) {
            findings.add(new Views.Finding((String) f[0], (String) f[1], FindingKind.valueOf((String) f[2]),
                    f[3] == null ? null : ((Number) f[3]).intValue(), f[4] == null ? null : ((Number) f[4]).intValue(),
                    NativeColumns.time(f[5]), NativeColumns.time(f[6]), f[7] == null ? null : Cause.valueOf((String) f[7]), (String) f[8],
                    (Boolean) f[9]));
        }
        return Optional.of(new Views.Run(((Number) r[0]).longValue(), (String) r[1], NativeColumns.time(r[2]), NativeColumns.time(r[3]),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue(), findings));
    }

    private static Views.Change change(Object[] r, List<Views.Call> calls) {
        return new Views.Change(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null : ((Number) r[2]).longValue(),
                ChangeKind.valueOf((String) r[3]), (String) r[4], ((Number) r[5]).intValue(), Views.ChangeState.valueOf((String) r[6]),
                ((Number) r[7]).intValue(), NativeColumns.time(r[8]), NativeColumns.time(r[9]), NativeColumns.time(r[10]), NativeColumns.time(r[11]),
                (String) r[12], (String) r[13], calls);
    }
}
