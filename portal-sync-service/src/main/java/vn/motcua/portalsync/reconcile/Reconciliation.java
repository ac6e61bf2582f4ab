package vn.motcua.portalsync.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.dossier.ChangeRecorder;
import vn.motcua.portalsync.dossier.NewChange;
import vn.motcua.portalsync.mapping.ChangeKind;
import vn.motcua.portalsync.mapping.PortalPayloads;
import vn.motcua.portalsync.portal.PortalClient;
import vn.motcua.portalsync.portal.PortalDossier;
import vn.motcua.portalsync.portal.PortalUnavailableException;

/**
 * Compares the province's dossiers with what the portal shows (đối soát): the settled ones (nothing of theirs waiting,
 * pending or parked) that are open or closed recently, one look-up each. A dossier the portal lacks is sent again
 * whole; a status that differs is sent again as it stands here; a dossier the portal counts overdue while the province
 * does not is listed with its likely cause. One run at a time across replicas; scheduled nightly and on demand.
 */
@ApplicationScoped
public class Reconciliation {

    /** A run already in progress (another replica, or an earlier request). */
    public static class AlreadyRunning extends RuntimeException {
        public AlreadyRunning() {
            super("a reconciliation is running");
        }
    }

    private record Local(String code, String agencyCode, String unitId, int status, String state, OffsetDateTime dueAt,
                         boolean paused, Integer timeLimit, String timeLimitUnit, String processingAgency) {
    }

    private final EntityManager em;
    private final PortalClient portal;
    private final ChangeRecorder changes;
    private final ReconcileConfig config;
    private final Clock clock;
    private final PortalPayloads payloads;

    public Reconciliation(EntityManager em, PortalClient portal, ChangeRecorder changes, ReconcileConfig config, Clock clock,
                          ObjectMapper json) {
        this.em = em;
        this.portal = portal;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
        this.payloads = new PortalPayloads(json);
    }

    @Scheduled(cron = "${motcua.portal-sync.reconcile.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        try {
            run("SCHEDULED");
        } catch (AlreadyRunning e) {
            Log.info("reconciliation skipped: another replica is running one");
        }
    }

    /** Runs a reconciliation now and returns its id. */
    public long run(String trigger) {
        long runId = start(trigger);
        int checked = 0, mismatches = 0, repaired = 0, overdue = 0, unreachable = 0, failuresInRow = 0;
        try {
            String after = "";
            while (checked + unreachable < config.maxDossiers() && failuresInRow < config.maxConsecutiveFailures()) {
                List<Local> page = candidates(after, Math.min(500, config.maxDossiers() - checked - unreachable));
                if (page.isEmpty()) {
                    break;
                }
                for (Local l : page) {
                    after = l.code();
                    Optional<PortalDossier> p;
                    try {
                        p = portal.lookUp(l.unitId(), l.code());
                        failuresInRow = 0;
                    } catch (PortalUnavailableException e) {
                        unreachable++;
                        if (++failuresInRow >= config.maxConsecutiveFailures()) {
                            Log.warnf("reconciliation %d stopped: the portal is unavailable (%s)", runId, e.getMessage());
                            break;
                        }
                        continue;
                    }
                    checked++;
                    Outcome o = QuarkusTransaction.requiringNew().call(() -> compare(runId, l, p));
                    mismatches += o.mismatch ? 1 : 0;
                    repaired += o.repaired ? 1 : 0;
                    overdue += o.overdue ? 1 : 0;
                }
            }
        } finally {
            finish(runId, checked, mismatches, repaired, overdue, unreachable);
        }
        Log.infof("reconciliation %d (%s): %d checked, %d mismatches (%d repaired), %d overdue at the portal only, %d unreachable",
                runId, trigger, checked, mismatches, repaired, overdue, unreachable);
        return runId;
    }

    private record Outcome(boolean mismatch, boolean repaired, boolean overdue) {
    }

    private Outcome compare(long runId, Local l, Optional<PortalDossier> found) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (found.isEmpty()) {
            finding(runId, l, FindingKind.MISSING_AT_PORTAL, null, null, "Cổng không có hồ sơ: gửi lại toàn bộ");
            resendDossier(l, runId, now);
            return new Outcome(true, true, false);
        }
        PortalDossier p = found.get();
        boolean mismatch = p.status() != l.status();
        if (mismatch) {
            finding(runId, l, FindingKind.STATUS_MISMATCH, p, null,
                    "Cổng: " + p.status() + ", tỉnh: " + l.status() + " (" + l.state() + "): gửi lại trạng thái");
        }
        boolean locallyOverdue = !CaseState.valueOf(l.state()).closed() && CaseState.valueOf(l.state()) != CaseState.RESULT_READY
                && !l.paused() && l.dueAt() != null && now.isAfter(l.dueAt());
        boolean overdue = p.overdue() && !locallyOverdue;
        if (overdue) {
            Cause cause = cause(l, p);
            finding(runId, l, FindingKind.OVERDUE_AT_PORTAL, p, cause, describe(cause, l, p));
        }
        if (mismatch) {
            changes.record(new NewChange(l.code(), ChangeKind.RESYNC, NewChange.Source.RECONCILIATION,
                    l.code() + ":resync:" + runId, CaseState.valueOf(l.state()),
                    new NewChange.View(l.dueAt(), l.paused(), l.processingAgency()), null, null, 0, now,
                    payloads.text(payloads.resync(l.code(), l.status(), now, l.dueAt(), l.unitId()))), null);
        }
        return new Outcome(mismatch, mismatch, overdue);
    }

    static Cause cause(Local l, PortalDossier p) {
        if (p.status() != l.status()) {
            return Cause.STATUS_NOT_SYNCED;
        }
        if (l.paused()) {
            return Cause.CLOCK_PAUSED_LOCALLY;
        }
        if (p.publishedTimeLimit() != null && "WORKING_DAYS".equals(l.timeLimitUnit()) && l.timeLimit() != null
                && !p.publishedTimeLimit().equals(l.timeLimit())) {
            return Cause.TIME_LIMIT_DIFFERS;
        }
        if (p.portalDueAt() != null && l.dueAt() != null && !p.portalDueAt().toInstant().equals(l.dueAt().toInstant())) {
            return Cause.DUE_DATE_DIFFERS;
        }
        return Cause.UNKNOWN;
    }

    private static String describe(Cause cause, Local l, PortalDossier p) {
        return switch (cause) {
            case STATUS_NOT_SYNCED -> "Trạng thái trên Cổng (" + p.status() + ") khác của tỉnh (" + l.status() + ")";
            case CLOCK_PAUSED_LOCALLY -> "Hồ sơ đang tạm dừng tính thời gian ở tỉnh (" + l.state() + ")";
            case TIME_LIMIT_DIFFERS -> "Thời hạn giải quyết của tỉnh " + l.timeLimit() + " ngày làm việc, CSDL quốc gia "
                    + p.publishedTimeLimit() + " ngày";
            case DUE_DATE_DIFFERS -> "Hạn trên Cổng " + p.portalDueAt() + ", hạn của tỉnh " + l.dueAt();
            case UNKNOWN -> "Không xác định";
        };
    }

    private void resendDossier(Local l, long runId, OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<String> original = em.createNativeQuery(
                        "SELECT payload FROM portal_change WHERE dossier_code = :c AND kind = 'DOSSIER' ORDER BY id LIMIT 1")
                .setParameter("c", l.code()).getResultList();
        if (original.isEmpty()) {
            return;
        }
        changes.record(new NewChange(l.code(), ChangeKind.DOSSIER, NewChange.Source.RECONCILIATION,
                l.code() + ":dossier:" + runId, CaseState.RECEIVED, null, null, null, 0, now, original.get(0)), null);
        changes.record(new NewChange(l.code(), ChangeKind.RESYNC, NewChange.Source.RECONCILIATION,
                l.code() + ":resync:" + runId, CaseState.valueOf(l.state()),
                new NewChange.View(l.dueAt(), l.paused(), l.processingAgency()), null, null, 0, now,
                payloads.text(payloads.resync(l.code(), l.status(), now, l.dueAt(), l.unitId()))), null);
    }

    private void finding(long runId, Local l, FindingKind kind, PortalDossier p, Cause cause, String detail) {
        em.createNativeQuery("""
                        INSERT INTO reconciliation_finding (run_id, dossier_code, agency_code, kind, local_status, portal_status,
                            local_due_at, portal_due_at, cause, detail, repaired)
                        VALUES (:run, :code, :agency, :kind, :ls, :ps, :ld, :pd, :cause, :detail, :repaired)""")
                .setParameter("run", runId).setParameter("code", l.code()).setParameter("agency", l.agencyCode())
                .setParameter("kind", kind.name()).setParameter("ls", l.status())
                .setParameter("ps", p == null ? null : p.status()).setParameter("ld", l.dueAt())
                .setParameter("pd", p == null ? null : p.portalDueAt()).setParameter("cause", cause == null ? null : cause.name())
                .setParameter("detail", detail).setParameter("repaired", kind != FindingKind.OVERDUE_AT_PORTAL)
                .executeUpdate();
    }

    private List<Local> candidates(String after, int limit) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(config.window());
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT d.code, d.agency_code, d.unit_id, d.local_status, d.local_state, d.due_at, d.clock_paused,
                                   d.time_limit_amount, d.time_limit_unit, d.processing_agency
                            FROM synced_dossier d
                            WHERE d.code > :after
                              AND (d.local_state NOT IN ('REFUSED', 'RETURNED', 'WITHDRAWN', 'STOPPED') OR d.updated_at >= :since)
                              AND NOT EXISTS (SELECT 1 FROM portal_change c WHERE c.dossier_code = d.code
                                              AND c.state IN ('WAITING', 'PENDING', 'PARKED'))
                            ORDER BY d.code LIMIT :limit""")
                    .setParameter("after", after).setParameter("since", since).setParameter("limit", limit).getResultList();
            return rows.stream().map(r -> new Local((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    (String) r[4], vn.motcua.platform.persistence.NativeColumns.time(r[5]), (Boolean) r[6],
                    r[7] == null ? null : ((Number) r[7]).intValue(), (String) r[8], (String) r[9])).toList();
        });
    }

    private long start(String trigger) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("UPDATE reconciliation_run SET finished_at = :now WHERE finished_at IS NULL AND started_at < :stale")
                        .setParameter("now", now).setParameter("stale", now.minus(config.abandonAfter())).executeUpdate();
                return ((Number) em.createNativeQuery(
                                "INSERT INTO reconciliation_run (trigger, started_at) VALUES (:t, :now) RETURNING id")
                        .setParameter("t", trigger).setParameter("now", now).getSingleResult()).longValue();
            });
        } catch (PersistenceException e) {
            throw new AlreadyRunning();
        }
    }

    private void finish(long runId, int checked, int mismatches, int repaired, int overdue, int unreachable) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE reconciliation_run SET finished_at = :now, checked = :c, mismatches = :m, repaired = :r,
                            overdue = :o, unreachable = :u WHERE id = :id""")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("c", checked).setParameter("m", mismatches)
                .setParameter("r", repaired).setParameter("o", overdue).setParameter("u", unreachable).setParameter("id", runId)
                .executeUpdate());
    }
}
