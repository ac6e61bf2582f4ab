package vn.motcua.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string with a control character; Jackson adds the field's path as it unwinds. */
public class ControlCharacterException extends JsonMappingException {

    private final String codePoint;

    public ControlCharacterException(JsonParser parser, String codePoint) {
        super(parser, "text contains the control character " + codePoint);
        this.codePoint = codePoint;
    }

    public String codePoint() {
        return codePoint;
    }
}
