package vn.motcua.notification.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.applicant.ApplicantMessages;
import vn.motcua.notification.applicant.DossierContact;

/**
 * Turns an apology event into the letter (form 04, PDF) and the messages that carry it to the applicant: in-app,
 * and by e-mail and SMS when the applicant gave an address or phone. One letter per event, whatever redeliveries.
 */
@ApplicationScoped
public class ApologyLetters {

    static final LetterKind KIND = LetterKind.APOLOGY;

    private final LetterTemplates templates;
    private final PdfRenderer renderer;
    private final LetterNumbers numbers;
    private final ApplicantMessages applicants;
    private final LetterArchive archive;
    private final Clock clock;

    public ApologyLetters(LetterTemplates templates, PdfRenderer renderer, LetterNumbers numbers,
                          ApplicantMessages applicants, LetterArchive archive, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.numbers = numbers;
        this.applicants = applicants;
        this.archive = archive;
        this.clock = clock;
    }

    /** The applicant's channels as intake reported them, or as the apology event carries them. */
    static DossierContact contact(ApologyIssued a) {
        DossierContact known = DossierContact.findById(a.dossierCode());
        if (known != null) {
            return known;
        }
        return DossierContact.of(a.dossierCode(), a.submittedBy(), a.applicant());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Letter handle(String eventId, ApologyIssued a) {
        var existing = archive.forEvent(eventId, KIND);
        if (existing.isPresent()) {
            return existing.get();
        }
        Letterhead head = letterhead(a.agency().code(), a.agency().name());
        OffsetDateTime issued = a.issuedAt() == null ? OffsetDateTime.now(clock) : a.issuedAt();
        String number = numbers.next(a.agency().code(), issued.getYear(), KIND) + "/" + KIND.symbol() + "-" + head.symbol;
        ApologyLetter model = model(a, head, number, issued);
        byte[] pdf = renderer.render(templates.apology(a.ruleSet(), model));

        Letter l = archive.store(KIND, eventId, a.dossierCode(), a.agency().code(), a.submittedBy(), number,
                LetterTemplates.templateFor(a.ruleSet()), pdf);

        String subject = "Xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + a.dossierCode();
        String body = "Kính gửi " + model.addressee() + ",\n" + head.displayName + " xin lỗi vì chưa trả kết quả hồ sơ "
                + a.dossierCode() + " đúng hẹn (" + model.previousDue() + ").\nLý do: " + a.rescheduling().reason()
                + "\nThời gian hẹn trả kết quả mới: " + model.newDue() + ".\nVăn bản xin lỗi số " + number + " đính kèm.";
        applicants.send(eventId, Notification.Kind.APOLOGY, contact(a), subject, body,
                "Ho so " + a.dossierCode() + ": hen tra ket qua moi " + model.newDue() + ". Co quan xin loi Ong/Ba.", l.id);
        return l;
    }

    /** The printed fields; also used by the preview endpoint. */
    public static ApologyLetter model(ApologyIssued a, Letterhead head, String number, OffsetDateTime issued) {
        boolean org = a.applicant() != null && "ORGANISATION".equals(a.applicant().type());
        String name = a.applicant() == null ? "" : a.applicant().name();
        String salutation = org ? "Quý cơ quan, tổ chức" : "Ông/Bà";
        return new ApologyLetter(head.parentName, head.agencyName, head.displayName, number,
                LetterDates.placeAndDate(head.place, issued),
                org ? name : "Ông/Bà " + name, salutation,
                a.applicant() == null || a.applicant().address() == null ? "" : a.applicant().address(),
                LetterDates.day(a.rescheduling().receivedAt()), a.procedure().name(), a.dossierCode(),
                LetterDates.time(a.rescheduling().previousDueAt()), a.rescheduling().reason(),
                LetterDates.time(a.rescheduling().newDueAt()), a.signer().onBehalfOfHead(),
                a.signer().title() == null ? head.headTitle : a.signer().title(), a.signer().deputyTitle(), a.signer().name());
    }

    static Letterhead letterhead(String agencyCode, String fallbackName) {
        Letterhead h = Letterhead.findById(agencyCode);
        if (h != null) {
            return h;
        }
        // never a letter with an empty place line: the consumer retries, then dead-letters the event for replay
        // once the directory has published the agency
        throw new UnknownAgencyException(agencyCode, fallbackName);
    }
}
