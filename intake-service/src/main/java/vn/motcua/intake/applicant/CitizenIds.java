package vn.motcua.intake.applicant;

import java.time.LocalDate;
import java.util.Set;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD): 3 digits of the province
 * of birth registration, 1 digit of sex and century, 2 digits of the year of birth, 6 random digits.
 */
public final class CitizenIds {

    /** Province codes in use (Circular 59/2021/TT-BCA annex). */
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private CitizenIds() {
    }

    /** Why the number is not valid (in English), or null when it is; the birth date, when known, must agree. */
    public static String problem(String id, LocalDate birthDate) {
        if (id == null || !id.matches("\\d{12}")) {
            return "must be 12 digits";
        }
        if (!PROVINCES.contains(id.substring(0, 3))) {
            return "the first three digits are not a province code";
        }
        if (birthDate != null) {
            int centuryDigit = id.charAt(3) - '0';
            // 0/1: 1900s, 2/3: 2000s, 4/5: 2100s, 6/7: 2200s, 8/9: 1800s (even male, odd female)
            int century = centuryDigit >= 8 ? 1800 : 1900 + centuryDigit / 2 * 100;
            int year = century + Integer.parseInt(id.substring(4, 6));
            if (year != birthDate.getYear()) {
                return "digits 4 to 6 do not match the year of birth " + birthDate.getYear();
            }
        }
        return null;
    }
}
