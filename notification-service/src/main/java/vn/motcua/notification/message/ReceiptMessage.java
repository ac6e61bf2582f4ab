package vn.motcua.notification.message;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.motcua.platform.events.contract.DossierAccepted;

/** The citizen's receipt message: dossier code, procedure and appointment, in Vietnamese. */
final class ReceiptMessage {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private ReceiptMessage() {
    }

    static String subject(DossierAccepted a) {
        return "Đã tiếp nhận hồ sơ " + a.dossierCode();
    }

    static String appointment(DossierAccepted a) {
        return VN.format(a.appointmentAt().withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET));
    }

    static String body(DossierAccepted a) {
        return """
                Kính gửi %s,
                %s đã tiếp nhận hồ sơ của Ông/Bà.
                Mã hồ sơ: %s
                Thủ tục: %s
                Thời gian tiếp nhận: %s
                Hẹn trả kết quả: %s
                Tra cứu tình trạng hồ sơ bằng mã hồ sơ và 4 số cuối điện thoại."""
                .formatted(a.applicant().name(), a.agencyName(), a.dossierCode(), a.procedureName(),
                        VN.format(a.receivedAt().withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET)),
                        VN.format(a.appointmentAt().withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET)));
    }
}
