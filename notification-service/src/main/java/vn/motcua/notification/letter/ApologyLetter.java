package vn.motcua.notification.letter;

/**
 * The fields of an apology letter as printed (dates already in Vietnamese style), filled into the template of the
 * form in force for the dossier (Circular 01/2018 or 03/2025, form 04).
 */
public record ApologyLetter(
        String parentAgency,
        String agencyName,
        String agencyDisplayName,
        String number,
        String placeAndDate,
        String addressee,
        String salutation,
        String address,
        String receivedDate,
        String procedureName,
        String dossierCode,
        String previousDue,
        String reason,
        String newDue,
        boolean onBehalfOfHead,
        String headTitle,
        String deputyTitle,
        String signerName) {
}
