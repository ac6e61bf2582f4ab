package vn.motcua.processing.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.motcua.platform.events.contract.ProcessStep;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.processing.casefile.DossierCase;

/**
 * A case's internal process (quy trình nội bộ): the procedure's published steps as intake sent them, stored on the
 * case as JSON so later catalogue changes do not alter a dossier in progress. Without one, the agency default of
 * {@link DeadlinePolicy} applies.
 */
@ApplicationScoped
public class StepPlan {

    private final ObjectMapper json;

    public StepPlan(ObjectMapper json) {
        this.json = json;
    }

    /** JSON to store on the case; null when the procedure publishes no process. */
    public String encode(List<ProcessStep> steps) {
        if (steps == null || steps.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(steps);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The published step covering {@code state} for this case, if its procedure has one. */
    public Optional<ProcessStep> step(DossierCase c, CaseState state) {
        if (c.stepPlan == null) {
            return Optional.empty();
        }
        return parsed(c.stepPlan).stream().filter(s -> state.name().equals(s.caseState())).findFirst();
    }

    /**
     * Plans are few (one per published version of a procedure) and read on every deadline computation: each distinct
     * JSON is parsed once. One that cannot be read (stored by hand, or by a future version) is said loudly once and
     * treated as no plan, so that the agency's default step limits apply rather than none.
     */
    List<ProcessStep> parsed(String plan) {
        List<ProcessStep> steps = cache.get(plan);
        if (steps != null) {
            return steps;
        }
        try {
            steps = List.copyOf(json.readValue(plan, new TypeReference<List<ProcessStep>>() { }));
        } catch (JsonProcessingException e) {
            io.quarkus.logging.Log.errorf("a case's step plan cannot be read, the agency's default applies: %s (plan %s)",
                    e.getOriginalMessage(), plan.length() > 200 ? plan.substring(0, 200) + "…" : plan);
            steps = List.of();
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear(); // more distinct plans than procedure versions can explain: start over rather than grow
        }
        cache.put(plan, steps);
        return steps;
    }

    private static final int MAX_CACHED = 10_000;
    private final java.util.Map<String, List<ProcessStep>> cache = new java.util.concurrent.ConcurrentHashMap<>();
}
