package vn.motcua.notification.letter;

/**
 * An amount in VND written in words, as a receipt prints it ("Số tiền bằng chữ"): {@code 150000} → "Một trăm năm
 * mươi nghìn đồng". Groups of three digits with nghìn, triệu, tỷ (and nghìn tỷ, triệu tỷ beyond); inside a group the
 * readings of Vietnamese: "linh" for a missing ten (một trăm linh năm), "mười"/"mươi", "mốt" for one after a ten from
 * twenty, "lăm" for five after a ten, "tư" for four after a ten from twenty; an empty group inside the number reads
 * "không trăm" before its tens (một triệu không trăm năm mươi nghìn).
 */
public final class VietnameseAmount {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"};

    private VietnameseAmount() {
    }

    public static String inWords(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("a negative amount: " + amount);
        }
        if (amount == 0) {
            return "Không đồng";
        }
        StringBuilder out = new StringBuilder();
        int group = 0;
        long rest = amount;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        while (rest > 0) {
            int three = (int) (rest % 1000);
            rest /= 1000;
            if (three != 0) {
                parts.push(group(three, rest > 0) + GROUPS[group]);
            }
            group++;
        }
        out.append(String.join(" ", parts)).append(" đồng");
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    /** One group of three digits; {@code inside}: higher groups precede it, so its hundreds are always read. */
    private static String group(int n, boolean inside) {
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder s = new StringBuilder();
        if (h > 0 || inside) {
            s.append(DIGITS[h]).append(" trăm");
        }
        if (t == 0) {
            if (u > 0 && s.length() > 0) {
                s.append(" linh");
            }
        } else if (t == 1) {
            s.append(s.length() > 0 ? " " : "").append("mười");
        } else {
            s.append(s.length() > 0 ? " " : "").append(DIGITS[t]).append(" mươi");
        }
        if (u > 0) {
            String unit = switch (u) {
                case 1 -> t >= 2 ? "mốt" : "một";
                case 4 -> t >= 2 ? "tư" : "bốn";
                case 5 -> t >= 1 ? "lăm" : "năm";
                default -> DIGITS[u];
            };
            s.append(s.length() > 0 ? " " : "").append(unit);
        }
        return s.toString();
    }
}
