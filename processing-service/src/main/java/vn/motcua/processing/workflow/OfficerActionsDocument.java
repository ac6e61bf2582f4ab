package vn.motcua.processing.workflow;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The lifecycle table holds the system's own rows too (opening, signed result, apology, intake's withdrawal and
 * supplement), which no client can send nor sees among a case's allowed actions: the published {@code CaseAction}
 * schema lists the officers' rows only, read from the table so that the document never lags it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OfficerActionsDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Schema actions = api.getComponents().getSchemas().get(CaseAction.class.getSimpleName());
        if (actions != null) {
            List<Object> officers = new ArrayList<>(Arrays.stream(CaseAction.values())
                    .filter(a -> a.actor() == CaseAction.Actor.OFFICER).map(Enum::name).toList());
            actions.setEnumeration(officers);
        }
    }
}
