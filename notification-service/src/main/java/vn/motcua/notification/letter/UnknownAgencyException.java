package vn.motcua.notification.letter;

/**
 * No letterhead is known for the agency: the directory has not published it (or not to this service yet). A
 * consumer treats it as the record's failure (retried a few times, then dead-lettered and replayable).
 */
public class UnknownAgencyException extends IllegalArgumentException {

    private final String agencyCode;

    public UnknownAgencyException(String agencyCode, String agencyName) {
        super("no letterhead for agency " + agencyCode + (agencyName == null ? "" : " (" + agencyName + ")")
                + ": not published by the agency directory yet");
        this.agencyCode = agencyCode;
    }

    public String agencyCode() {
        return agencyCode;
    }
}
