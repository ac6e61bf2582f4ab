package vn.motcua.portalsync.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Delivery of changes to the portal ({@code motcua.portal-sync.*}). */
@ConfigMapping(prefix = "motcua.portal-sync")
public interface SyncConfig {

    /**
     * How often the dispatcher looks for due changes (it keeps going while it finds some): the mean wait of a change
     * before its call is half of it; an idle look is one index probe.
     */
    @WithDefault("PT0.25S")
    Duration interval();

    /** Changes claimed at once (each of another dossier: one change per dossier is in flight at a time). */
    @WithDefault("64")
    int batchSize();

    /** Calls to the portal at the same time, per replica. */
    @WithDefault("8")
    int parallelCalls();

    /** Wait after the first failed attempt; doubled after each further one, with jitter. */
    @WithDefault("PT1S")
    Duration firstBackoff();

    /** The longest wait between two attempts of a change during an outage (it is never given up). */
    @WithDefault("PT2M")
    Duration maxBackoff();

    /**
     * When the portal answers again after an outage, the changes still backing off are made due at random within this
     * time (instead of each waiting out up to {@link #maxBackoff()}).
     */
    @WithDefault("PT5S")
    Duration wakeSpread();

    /**
     * How long a claimed change is left to the replica that claimed it: longer than the portal's request time-out, so
     * that only a replica that died mid-call hands its changes on (they are sent again: the key makes that safe).
     */
    @WithDefault("PT1M")
    Duration lease();
}
