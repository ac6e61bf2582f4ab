package vn.motcua.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON date or instant whose year lies outside what the one-stop system deals in; Jackson adds the field's path. */
public class DateOutOfRangeException extends JsonMappingException {

    private final int year;

    public DateOutOfRangeException(JsonParser parser, int year) {
        super(parser, "year " + year + " is outside " + DateRange.MIN_YEAR + "–" + DateRange.MAX_YEAR);
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** The years a date may have, e.g. "1900–2199". */
    public String allowed() {
        return DateRange.MIN_YEAR + "–" + DateRange.MAX_YEAR;
    }
}
