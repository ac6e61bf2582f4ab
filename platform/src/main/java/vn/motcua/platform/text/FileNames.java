package vn.motcua.platform.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The name a client gives an uploaded file (tên tệp), made safe to show and store: never a path, NFC-normalised, of
 * printable characters. The {@code X-File-Name} header may carry the name as RFC 5987 {@code UTF-8''%C4%90%C6%A1n.pdf}
 * (what a browser's {@code encodeURIComponent} gives) or as raw UTF-8 bytes, which the HTTP server hands over read
 * as ISO-8859-1; both come out as "Đơn.pdf".
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * The display name, or empty when nothing usable is left (the caller then names the file itself).
     *
     * @throws IllegalArgumentException with an English reason when the name holds control characters or is too long
     */
    public static Optional<String> display(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String name = decode(header.strip());
        int bad = ControlCharacters.firstIn(name);
        if (bad >= 0) {
            throw new IllegalArgumentException("contains the control character " + ControlCharacters.codePoint(name, bad));
        }
        // the last segment of whatever path was sent, with either separator; no leading dots (hidden, "..")
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1).strip().replaceFirst("^\\.+", "").strip();
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("is longer than " + MAX_LENGTH + " characters");
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** {@link #display} for the {@code X-File-Name} header of an upload: a bad name is a 400 naming the header. */
    public static Optional<String> fromHeader(String header) {
        try {
            return display(header);
        } catch (IllegalArgumentException e) {
            throw vn.motcua.platform.problem.ProblemException.invalidField("X-File-Name",
                    "tên tệp không hợp lệ (tối đa 255 ký tự, không chứa ký tự điều khiển)", "the file name " + e.getMessage());
        }
    }

    /**
     * A {@code Content-Disposition} value for a download (RFC 6266): an ASCII fallback for old clients and the exact
     * UTF-8 name as {@code filename*}.
     */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "_");
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String decode(String header) {
        if (header.regionMatches(true, 0, "UTF-8''", 0, 7)) {
            return percentDecoded(header.substring(7)).orElse(header.substring(7));
        }
        return latin1ReadUtf8(header).orElse(header);
    }

    private static Optional<String> percentDecoded(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                return Optional.empty();
            }
        }
        return strictUtf8(out.toByteArray());
    }

    /** Raw UTF-8 bytes read as ISO-8859-1 (every char ≤ U+00FF, some ≥ U+0080) turned back into the text meant. */
    private static Optional<String> latin1ReadUtf8(String s) {
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return Optional.empty(); // already decoded text
            }
            high |= c >= 0x80;
        }
        return high ? strictUtf8(s.getBytes(StandardCharsets.ISO_8859_1)) : Optional.empty();
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
