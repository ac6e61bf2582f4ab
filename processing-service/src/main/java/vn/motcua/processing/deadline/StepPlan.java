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
        try {
            List<ProcessStep> steps = json.readValue(c.stepPlan, new TypeReference<List<ProcessStep>>() { });
            return steps.stream().filter(s -> state.name().equals(s.caseState())).findFirst();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
