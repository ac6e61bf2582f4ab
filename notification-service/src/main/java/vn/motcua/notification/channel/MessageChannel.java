package vn.motcua.notification.channel;

import vn.motcua.notification.message.Notification;

/** A way to reach a recipient outside the in-app inbox (e-mail, SMS, log). */
public interface MessageChannel {

    /** The {@link Notification#channel} value it serves, e.g. {@code EMAIL}. */
    String name();

    /**
     * Hands the message over (to the mail server, the SMS gateway…). Must be safe to call again for the same
     * notification: a crash between hand-over and commit makes the dispatcher try once more.
     *
     * @param attachment the PDF to attach, or null
     */
    void send(Notification n, Attachment attachment) throws DeliveryException;

    record Attachment(String fileName, byte[] content) {
    }
}
