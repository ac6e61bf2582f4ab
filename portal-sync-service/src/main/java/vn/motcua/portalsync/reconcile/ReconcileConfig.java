package vn.motcua.portalsync.reconcile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Reconciliation with the portal ({@code motcua.portal-sync.reconcile.*}). */
@ConfigMapping(prefix = "motcua.portal-sync.reconcile")
public interface ReconcileConfig {

    /** When the scheduled run starts (cron, Vietnam time): nightly by default, off the office hours. */
    @WithDefault("0 30 1 * * ?")
    String cron();

    /** Dossiers still open, and those closed within this period, are compared. */
    @WithDefault("P30D")
    Duration window();

    /** At most this many dossiers per run (the portal's look-up is one call per dossier). */
    @WithDefault("20000")
    int maxDossiers();

    /** A run gives up after this many look-ups in a row found the portal unavailable. */
    @WithDefault("20")
    int maxConsecutiveFailures();

    /** A run that has not finished after this long is taken for dead (its replica stopped) and another may start. */
    @WithDefault("PT2H")
    Duration abandonAfter();
}
