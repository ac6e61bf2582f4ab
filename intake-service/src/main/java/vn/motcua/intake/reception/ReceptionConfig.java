package vn.motcua.intake.reception;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;

/** Which counters receive dossiers for which agencies (see {@link CounterScope}). */
@ConfigMapping(prefix = "motcua.reception")
public interface ReceptionConfig {

    /**
     * Counters that receive for agencies other than their own: the officer's agency code → the agency codes it
     * receives for, or {@code *} for every agency of the province. A provincial public-administration service centre
     * (Trung tâm Phục vụ hành chính công) is configured with {@code *} or the departments it serves; an agency not
     * listed receives only for itself, as a department's own desk does.
     */
    Map<String, List<String>> receivesFor();
}
