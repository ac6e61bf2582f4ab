package vn.motcua.platform.inbox;

/**
 * The event refers to something this service learns from another topic and has not learnt yet (a dossier's contact
 * comes with intake's event, while processing's event about the same dossier may arrive first: topics are not ordered
 * with one another). The {@link EventHandler} tries again for {@code motcua.consumer.await-reference} before it
 * dead-letters the record: neither dropped nor a cause to fail the consumer.
 */
public class NotYetKnownException extends RuntimeException {

    public NotYetKnownException(String what) {
        super(what + " is not known here yet");
    }
}
