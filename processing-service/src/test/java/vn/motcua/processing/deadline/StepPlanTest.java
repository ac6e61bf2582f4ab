package vn.motcua.processing.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.ProcessStep;
import vn.motcua.processing.casefile.DossierCase;

/** A case's internal process, without a database. */
class StepPlanTest {

    final StepPlan plans = new StepPlan(new ObjectMapper().registerModule(new JavaTimeModule()));

    static DossierCase withPlan(String json) {
        DossierCase c = new DossierCase();
        c.stepPlan = json;
        return c;
    }

    @Test
    void theStepOfAStateIsFoundAndEachPlanIsParsedOnce() {
        String json = plans.encode(List.of(new ProcessStep(1, "IN_PROCESS", "Thẩm định", "Phòng Văn hóa", "specialist", 70),
                new ProcessStep(2, "AWAITING_APPROVAL", "Phê duyệt", "Lãnh đạo Sở", "leader", 30)));
        assertThat(plans.step(withPlan(json), CaseState.IN_PROCESS)).hasValueSatisfying(s -> assertThat(s.sharePercent()).isEqualTo(70));
        assertThat(plans.step(withPlan(json), CaseState.AWAITING_APPROVAL)).hasValueSatisfying(s -> assertThat(s.role()).isEqualTo("leader"));
        assertThat(plans.step(withPlan(json), CaseState.RECEIVED)).isEmpty();
        assertThat(plans.parsed(json)).isSameAs(plans.parsed(json)); // cached, not parsed again
    }

    @Test
    void noPlanOrAnUnreadableOneMeansTheAgencyDefault() {
        assertThat(plans.encode(List.of())).isNull();
        assertThat(plans.step(withPlan(null), CaseState.IN_PROCESS)).isEmpty();
        assertThat(plans.step(withPlan("{not json"), CaseState.IN_PROCESS)).isEmpty();
    }
}
