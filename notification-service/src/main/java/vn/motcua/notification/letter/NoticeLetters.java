package vn.motcua.notification.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.notification.applicant.DossierContact;

/**
 * The one-stop notices as PDF: receipt and appointment (form 01), supplement request (02), refusal (03), numbered
 * per agency and year, one per source event.
 */
@ApplicationScoped
public class NoticeLetters {


    private final LetterTemplates templates;
    private final PdfRenderer renderer;
    private final LetterNumbers numbers;
    private final LetterArchive archive;
    private final Clock clock;

    public NoticeLetters(LetterTemplates templates, PdfRenderer renderer, LetterNumbers numbers, LetterArchive archive,
                         Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.numbers = numbers;
        this.archive = archive;
        this.clock = clock;
    }

    /**
     * @param kind    RECEIPT, SUPPLEMENT or REFUSAL
     * @param text    items to add or the reason (null for a receipt)
     * @param officer the officer who acted (null for a receipt)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Letter issue(LetterKind kind, String eventId, DossierContact c, String text, String officer, String signer) {
        return issue(kind, eventId, c, text, officer, signer, java.util.List.of());
    }

    /** The same with a table of components: (name, form code ORIGINAL / COPY / CERTIFIED_COPY, quantity). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Letter issue(LetterKind kind, String eventId, DossierContact c, String text, String officer, String signer,
                        java.util.List<NoticeLetter.Item> items) {
        var existing = archive.forEvent(eventId, kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        Letterhead head = ApologyLetters.letterhead(c.agencyCode, c.agencyName);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(LetterDates.VIETNAM);
        String number = numbers.next(c.agencyCode, now.getYear(), kind) + "/" + kind.symbol() + "-" + head.symbol;
        String circular = "DECREE_61_2018".equals(c.ruleSet) ? "Thông tư 01/2018/TT-VPCP" : "Thông tư 03/2025/TT-VPCP";
        NoticeLetter n = new NoticeLetter(head.parentName, head.agencyName, head.displayName, number,
                LetterDates.placeAndDate(head.place, now),
                c.organisation ? c.name : "Ông/Bà " + c.name, c.organisation ? "Quý cơ quan, tổ chức" : "Ông/Bà",
                c.address == null ? "" : c.address, c.procedureName, c.dossierCode,
                c.receivedAt == null ? "" : LetterDates.time(c.receivedAt),
                c.appointmentAt == null ? "" : LetterDates.time(c.appointmentAt),
                returnMethod(c.returnChannel), text == null ? "" : text, officer == null ? "" : officer,
                "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", signer == null ? "" : signer,
                "Mẫu số " + kind.form() + " - " + circular, items);
        byte[] pdf = renderer.render(templates.notice(kind, n));
        return archive.store(kind, eventId, c.dossierCode, c.agencyCode, c.username, number,
                kind.noticeTemplate(), pdf);
    }

    /** A component's form as the official slips print it. */
    public static String formVi(String form) {
        return switch (form == null ? "" : form) {
            case "ORIGINAL" -> "Bản chính";
            case "CERTIFIED_COPY" -> "Bản sao chứng thực";
            default -> "Bản sao";
        };
    }

    /** How the applicant receives the result, as letters and messages print it. */
    public static String returnMethod(String channel) {
        if (channel == null) {
            return "tại Bộ phận Một cửa";
        }
        return switch (channel) {
            case "POSTAL" -> "qua dịch vụ bưu chính công ích";
            case "ONLINE" -> "trực tuyến trên Cổng dịch vụ công";
            default -> "tại Bộ phận Một cửa";
        };
    }
}
