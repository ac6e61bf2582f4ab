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
     * @return whether the message was handed to a provider or, with none configured, only written to the log
     */
    Handover send(Notification n, Attachment attachment) throws DeliveryException;

    /** What became of a message: nothing claims a citizen was reached when only a log line was written. */
    enum Handover {
        /** Taken by the mail server or SMS gateway (trạng thái: đã gửi). */
        HANDED_OVER,
        /** No provider configured (a local run): written to the log only, reached nobody. */
        LOGGED
    }

    record Attachment(String fileName, byte[] content) {
    }
}
