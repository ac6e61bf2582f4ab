package vn.motcua.notification.channel;

/** A message could not be handed over; {@code permanent} ones are not retried (e.g. an invalid address). */
public class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
