package vn.motcua.portalsync.portal;

/** The portal cannot be reached or answered with an outage (5xx, time-out, log-in failing). */
public class PortalUnavailableException extends RuntimeException {

    public PortalUnavailableException(String message) {
        super(message);
    }
}
