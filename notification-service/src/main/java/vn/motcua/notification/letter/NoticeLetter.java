package vn.motcua.notification.letter;

/**
 * The printed fields of a one-stop notice: receipt and appointment (form 01), supplement request (02) or refusal
 * (03), filled into {@code letters/<kind>.html} on the shared layout.
 *
 * @param text  the items to add (supplement) or the reason (refusal)
 * @param items the table of components (may be empty)
 * @param form  the form reference printed at the foot, e.g. "Mẫu số 02 - Thông tư 03/2025/TT-VPCP"
 */
public record NoticeLetter(
        String parentAgency,
        String agencyName,
        String agencyDisplayName,
        String number,
        String placeAndDate,
        String addressee,
        String salutation,
        String address,
        String procedureName,
        String dossierCode,
        String receivedAt,
        String appointmentAt,
        String returnMethod,
        String text,
        String officer,
        String signerTitle,
        String signerName,
        String form,
        java.util.List<Item> items) {

    /** A row of the components table: received components (receipt) or missing ones (supplement at reception). */
    public record Item(int no, String name, String form, int quantity) {
    }
}
