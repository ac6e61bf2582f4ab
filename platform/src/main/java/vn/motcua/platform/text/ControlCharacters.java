package vn.motcua.platform.text;

/**
 * Control characters (ký tự điều khiển) have no place in what people type into a form: U+0000 is refused by
 * PostgreSQL's text type and stopped a consumer for good once; the others corrupt letters, logs and exports. Tab, line
 * feed and carriage return are allowed (multi-line notes); every other C0 character, DEL and the C1 block are not.
 * Nor is what is no character at all: half of a surrogate pair (a JSON "\\uD83D" alone, which PostgreSQL would store
 * as "?" and a letter's XML refuses) and the noncharacters U+FFFE and U+FFFF.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first forbidden character in {@code s}, or -1 (also for null). */
    public static int firstIn(CharSequence s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (forbidden(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return i;
                }
                i++; // a whole pair: one character (an emoji, a rare Hán Nôm ideograph)
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The same for a raw HTTP header value, which the server reads as ISO-8859-1: UTF-8 bytes of "Đ" (C4 90) then look
     * like a C1 character, so only C0 characters and DEL are refused here ({@link FileNames} decodes and checks again).
     */
    public static int firstInHeader(CharSequence s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    public static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
    }

    /** "U+0000" for the character at {@code index}. */
    public static String codePoint(CharSequence s, int index) {
        return String.format("U+%04X", (int) s.charAt(index));
    }
}
