package vn.motcua.notification.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.content.Digests;

/** Stores rendered letters, one per source event (so a redelivered event finds its letter instead of a second). */
@ApplicationScoped
public class LetterArchive {

    private final Clock clock;

    public LetterArchive(Clock clock) {
        this.clock = clock;
    }

    public Optional<Letter> forEvent(String eventId, LetterKind kind) {
        return Letter.find("sourceEventId = ?1 AND kind = ?2", eventId, kind).firstResultOptional();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Letter store(LetterKind kind, String eventId, String dossierCode, String agencyCode, String addressee,
                        String number, String template, byte[] pdf) {
        Letter l = new Letter();
        l.id = UUID.randomUUID();
        l.kind = kind;
        l.sourceEventId = eventId;
        l.dossierCode = dossierCode;
        l.agencyCode = agencyCode;
        l.addressee = addressee;
        l.number = number;
        l.template = template;
        l.pdf = pdf;
        l.sha256 = Digests.sha256Hex(pdf);
        l.createdAt = OffsetDateTime.now(clock);
        l.persist();
        return l;
    }
}
