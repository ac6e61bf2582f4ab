package vn.motcua.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * RFC 9457 problem details, with the Vietnamese text beside the English one ({@code title_vi}, {@code detail_vi})
 * and, for invalid input, one entry per offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        @JsonProperty("title_vi") String titleVi,
        @JsonProperty("detail_vi") String detailVi,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: {@code field} is the JSON path as the client sent it, e.g. {@code applicant.citizenId}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(String field, String message, @JsonProperty("message_vi") String messageVi) {
    }
}
