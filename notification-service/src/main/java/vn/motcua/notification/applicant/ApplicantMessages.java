package vn.motcua.notification.applicant;

import vn.motcua.platform.events.contract.CaseState;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.motcua.notification.letter.Letter;
import vn.motcua.notification.letter.NoticeLetter;
import vn.motcua.notification.letter.NoticeLetters;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.message.Notifications;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.ReceptionSlipIssued;
import vn.motcua.platform.events.contract.DossierAccepted;

/**
 * Messages to the applicant by every channel they gave: in-app always, e-mail if they left an address, SMS if they
 * left a phone number. One message per event and channel (the event id is part of the idempotency key).
 */
@ApplicationScoped
public class ApplicantMessages {

    private final Notifications notifications;
    private final NoticeLetters notices;

    public ApplicantMessages(Notifications notifications, NoticeLetters notices) {
        this.notifications = notifications;
        this.notices = notices;
    }

    /** The receipt (form 01) as PDF with the receipt message on every channel. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receipt(String eventId, DossierContact c, String subject, String body, String sms, String receivedBy,
                        java.util.List<DossierAccepted.ReceivedComponent> components) {
        var items = new java.util.ArrayList<NoticeLetter.Item>();
        for (var rc : components == null ? java.util.List.<DossierAccepted.ReceivedComponent>of() : components) {
            items.add(new NoticeLetter.Item(items.size() + 1, rc.name(), NoticeLetters.formVi(rc.form()), rc.quantity()));
        }
        Letter l = notices.issue(vn.motcua.notification.letter.LetterKind.RECEIPT, eventId, c, null, null, receivedBy, items);
        send(eventId, Notification.Kind.RECEIPT, c, subject, body, sms, l.id);
    }

    /**
     * A supplement request or refusal issued at reception (no dossier exists): the slip as PDF, kept under the slip's
     * id for the issuing officer's account (who hands it over) and sent to the applicant's e-mail and phone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receptionSlip(String eventId, ReceptionSlipIssued s) {
        DossierContact c = DossierContact.of(s.slipId(), s.officer(), s.applicant());
        c.agencyCode = s.agencyCode();
        c.agencyName = s.agencyName();
        c.procedureName = s.procedureName();
        c.ruleSet = s.ruleSet();
        boolean supplement = s.kind() == vn.motcua.platform.events.contract.ReceptionSlipIssued.Kind.SUPPLEMENT;
        var items = new java.util.ArrayList<NoticeLetter.Item>();
        for (var i : s.items()) {
            items.add(new NoticeLetter.Item(items.size() + 1, i.name(), NoticeLetters.formVi(i.form()), i.quantity()));
        }
        String list = items.stream().map(i -> i.name() + " (" + i.form().toLowerCase() + ", " + i.quantity() + ")")
                .collect(java.util.stream.Collectors.joining("; "));
        String text = supplement ? "Bổ sung các thành phần trong bảng dưới đây" + (s.reason() == null ? "." : ". Ghi chú: " + s.reason())
                : s.reason();
        Letter l = notices.issue(supplement ? vn.motcua.notification.letter.LetterKind.SUPPLEMENT : vn.motcua.notification.letter.LetterKind.REFUSAL, eventId, c, text, s.officer(), s.officer(), items);
        send(eventId, supplement ? Notification.Kind.SUPPLEMENT_REQUEST : Notification.Kind.REFUSAL, c,
                (supplement ? "Hồ sơ cần bổ sung: " : "Từ chối tiếp nhận hồ sơ: ") + s.procedureName(),
                "Kính gửi " + c.name + ",\n" + (supplement ? "Hồ sơ chưa đầy đủ, cần bổ sung: " + list
                        + (s.reason() == null ? "" : ". Ghi chú: " + s.reason()) : "Hồ sơ không được tiếp nhận. Lý do: " + text),
                supplement ? "Ho so chua day du, xem phieu yeu cau bo sung." : "Ho so khong duoc tiep nhan, xem phieu tu choi.",
                l.id);
    }

    /** Remembers how to reach the applicant of a newly accepted dossier. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierContact remember(DossierAccepted a) {
        DossierContact c = DossierContact.findById(a.dossierCode());
        if (c == null) {
            c = DossierContact.of(a.dossierCode(), a.submittedBy(), a.applicant());
            c.returnChannel = a.resultReturnChannel();
            c.agencyCode = a.agencyCode();
            c.agencyName = a.agencyName();
            c.procedureName = a.procedureName();
            c.ruleSet = a.ruleSet();
            c.receivedAt = a.receivedAt();
            c.appointmentAt = a.appointmentAt();
            c.persist();
        }
        return c;
    }

    /** Sends to every channel of the contact; {@code sms} is the short text for SMS. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String eventId, Notification.Kind kind, DossierContact c, String subject, String body, String sms,
                     UUID letterId) {
        notifications.record(new Notifications.Outgoing(eventId, kind, c.dossierCode, c.username, "APPLICANT",
                Notifications.IN_APP, null, subject, body, letterId));
        if (c.email != null) {
            notifications.record(new Notifications.Outgoing(eventId, kind, c.dossierCode, c.username, "APPLICANT",
                    Notifications.EMAIL, c.email, subject, body, letterId));
        }
        if (c.phone != null && sms != null) {
            notifications.record(new Notifications.Outgoing(eventId, kind, c.dossierCode, c.username, "APPLICANT",
                    Notifications.SMS, c.phone, subject, sms, null));
        }
    }

    /**
     * The applicant-facing message for a processing status change, if it is one the applicant must hear about:
     * supplement or payment requested, result ready, refused, stopped.
     */
    /** The processing states the applicant hears about (each a message, some a letter). */
    static final java.util.Set<CaseState> APPLICANT_FACING = java.util.EnumSet.of(CaseState.SUPPLEMENT_REQUESTED,
            CaseState.PAYMENT_REQUESTED, CaseState.RESULT_READY, CaseState.REFUSED, CaseState.STOPPED);

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(String eventId, CaseStatusChanged s) {
        CaseStatusChanged.Transition t = s.transition();
        if (!APPLICANT_FACING.contains(t.toState())) {
            return;
        }
        DossierContact c = DossierContact.findById(s.dossierCode());
        if (c == null) {
            // intake's event with the contact has not been read yet (another topic): try again, never drop the letter
            throw new vn.motcua.platform.inbox.NotYetKnownException("the contact of dossier " + s.dossierCode());
        }
        String code = s.dossierCode();
        String reason = t.comment() == null || t.comment().isBlank() ? "" : "\nNội dung: " + t.comment();
        switch (t.toState()) {
            case SUPPLEMENT_REQUESTED -> send(eventId, Notification.Kind.SUPPLEMENT_REQUEST, c,
                    "Yêu cầu bổ sung hồ sơ " + code,
                    "Kính gửi " + c.name + ",\nHồ sơ " + code + " cần bổ sung, hoàn thiện." + reason
                            + "\nThời gian chờ bổ sung không tính vào thời hạn giải quyết.",
                    "Ho so " + code + " can bo sung. Xem chi tiet tren Cong dich vu cong.",
                    notices.issue(vn.motcua.notification.letter.LetterKind.SUPPLEMENT, eventId, c, t.comment(), t.actor(), t.actor()).id);
            case PAYMENT_REQUESTED -> send(eventId, Notification.Kind.PAYMENT_REQUEST, c,
                    "Đề nghị thực hiện nghĩa vụ tài chính - hồ sơ " + code,
                    "Kính gửi " + c.name + ",\nĐề nghị Ông/Bà thực hiện nghĩa vụ tài chính cho hồ sơ " + code + "." + reason,
                    "Ho so " + code + ": de nghi nop phi, le phi.", null);
            case RESULT_READY -> send(eventId, Notification.Kind.RESULT_READY, c, "Hồ sơ " + code + " đã có kết quả",
                    "Kính gửi " + c.name + ",\nHồ sơ " + code + " (" + c.procedureName + ") đã có kết quả. Hình thức nhận: "
                            + NoticeLetters.returnMethod(c.returnChannel) + ".",
                    "Ho so " + code + " da co ket qua.", null);
            case REFUSED -> send(eventId, Notification.Kind.REFUSAL, c, "Hồ sơ " + code + " không được giải quyết",
                    "Kính gửi " + c.name + ",\n" + c.agencyName + " trả lời không giải quyết hồ sơ " + code + "." + reason,
                    "Ho so " + code + " khong duoc giai quyet. Xem ly do tren Cong dich vu cong.",
                    notices.issue(vn.motcua.notification.letter.LetterKind.REFUSAL, eventId, c, t.comment(), t.actor(), t.actor()).id);
            case STOPPED -> send(eventId, Notification.Kind.STOP_NOTICE, c, "Thông báo dừng xử lý hồ sơ " + code,
                    "Kính gửi " + c.name + ",\nTheo đề nghị của Ông/Bà, hồ sơ " + code + " đã được dừng xử lý." + reason,
                    "Ho so " + code + " da dung xu ly theo de nghi.", null);
            default -> { }
        }
    }
}
