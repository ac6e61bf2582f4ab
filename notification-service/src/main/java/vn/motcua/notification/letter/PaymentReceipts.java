package vn.motcua.notification.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import vn.motcua.notification.applicant.ApplicantMessages;
import vn.motcua.notification.applicant.DossierContact;
import vn.motcua.notification.message.Notification;
import vn.motcua.platform.events.contract.FeeKind;
import vn.motcua.platform.events.contract.PaymentChannel;
import vn.motcua.platform.events.contract.PaymentSettled;

/**
 * A paid bill becomes its electronic receipt (biên lai điện tử, PDF) numbered per agency and year, and the messages
 * that bring it to the applicant: in-app, and by e-mail and SMS when the applicant gave them. One receipt per event.
 */
@ApplicationScoped
public class PaymentReceipts {

    static final LetterKind KIND = LetterKind.PAYMENT_RECEIPT;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final LetterTemplates templates;
    private final PdfRenderer renderer;
    private final LetterNumbers numbers;
    private final ApplicantMessages applicants;
    private final LetterArchive archive;
    private final Clock clock;

    public PaymentReceipts(LetterTemplates templates, PdfRenderer renderer, LetterNumbers numbers,
                           ApplicantMessages applicants, LetterArchive archive, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.numbers = numbers;
        this.applicants = applicants;
        this.archive = archive;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Letter handle(String eventId, PaymentSettled p) {
        var existing = archive.forEvent(eventId, KIND);
        if (existing.isPresent()) {
            return existing.get();
        }
        Letterhead head = ApologyLetters.letterhead(p.agency().code(), p.agency().name());
        OffsetDateTime recorded = p.settlement().recordedAt() == null ? OffsetDateTime.now(clock) : p.settlement().recordedAt();
        String number = numbers.next(p.agency().code(), recorded.withOffsetSameInstant(LetterDates.VIETNAM).getYear(), KIND)
                + "/" + KIND.symbol() + "-" + head.symbol;
        DossierContact contact = contact(p);
        PaymentReceipt model = model(p, head, number, contact);
        byte[] pdf = renderer.render(templates.paymentReceipt(model));
        Letter l = archive.store(KIND, eventId, p.dossierCode(), p.agency().code(), p.submittedBy(), number,
                LetterTemplates.PAYMENT_RECEIPT, pdf);
        String subject = "Biên lai thu " + model.feeName().toLowerCase(VI) + " hồ sơ " + p.dossierCode();
        String body = "Kính gửi " + model.payerName() + ",\n" + head.displayName + " đã nhận " + model.amount() + " đồng ("
                + model.amountInWords() + ") cho hồ sơ " + p.dossierCode() + ", " + model.method().toLowerCase(VI)
                + ", lúc " + model.paidAt() + ".\nBiên lai điện tử số " + number + " đính kèm.";
        applicants.send(eventId, Notification.Kind.PAYMENT_RECEIPT, contact, subject, body,
                "Ho so " + p.dossierCode() + ": da nhan " + model.amount() + " dong, bien lai so " + number + ".", l.id);
        return l;
    }

    /** The applicant's channels as intake reported them, or as the event carries them. */
    static DossierContact contact(PaymentSettled p) {
        DossierContact known = DossierContact.findById(p.dossierCode());
        if (known != null) {
            return known;
        }
        return DossierContact.of(p.dossierCode(), p.submittedBy(), new vn.motcua.platform.events.contract.DossierAccepted.Applicant(
                "INDIVIDUAL", p.payer().name(), null, p.payer().email(), null, null));
    }

    /** The printed fields. */
    public static PaymentReceipt model(PaymentSettled p, Letterhead head, String number, DossierContact c) {
        PaymentSettled.Settlement s = p.settlement();
        String method = switch (s.channel()) {
            case ONLINE -> "Thanh toán trực tuyến qua cổng thanh toán (mã giao dịch " + s.gatewayTransactionId() + ")";
            case COUNTER_CASH -> "Tiền mặt tại Bộ phận Một cửa";
            case POSTAL_CASH -> "Tiền mặt qua nhân viên bưu chính";
        };
        String collector = s.channel() == PaymentChannel.ONLINE ? head.displayName : s.collectedBy();
        String name = c.name == null || c.name.isBlank() ? p.payer().name() : c.name;
        return new PaymentReceipt(head.parentName, head.agencyName, number,
                LetterDates.placeAndDate(head.place, s.recordedAt() == null ? s.paidAt() : s.recordedAt()),
                c.organisation ? name : "Ông/Bà " + name, c.address == null ? "" : c.address, p.dossierCode(),
                p.procedure().name(), (p.bill().kind() == FeeKind.FEE ? "Phí" : "Lệ phí") + ": " + p.bill().description(),
                p.bill().legalBasis(), String.format(VI, "%,d", p.bill().amountVnd()),
                VietnameseAmount.inWords(p.bill().amountVnd()), method, LetterDates.time(s.paidAt()), p.bill().billCode(),
                collector);
    }
}
