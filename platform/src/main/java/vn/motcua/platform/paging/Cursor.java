package vn.motcua.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.platform.problem.ProblemException;

/**
 * A keyset cursor (con trỏ trang): the sort key of the last row of a page, opaque to the client (URL-safe Base64 of
 * the key's parts). A cursor that was not made here, or for another list, is refused with 400 naming {@code cursor}.
 */
public final class Cursor {

    /** Separates the parts; no part (an instant, a UUID, a code) can hold it. */
    private static final String SEPARATOR = "\n";
    private static final int MAX_LENGTH = 512;

    private final List<String> parts;

    private Cursor(List<String> parts) {
        this.parts = parts;
    }

    /** The cursor after a row whose sort key is {@code (at, id)}. */
    public static String after(OffsetDateTime at, UUID id) {
        return encode(at.toInstant().toString(), id.toString());
    }

    /** The cursor after a row whose sort key is a code (a unique text). */
    public static String after(String code) {
        return encode(code);
    }

    private static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, or {@code null} for the first page; {@code arity} is the number of parts expected. */
    public static Cursor read(String token, int arity) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            if (token.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(SEPARATOR, -1));
            if (parts.size() != arity || parts.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("wrong shape");
            }
            return new Cursor(parts);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public OffsetDateTime time(int index) {
        try {
            return Instant.parse(parts.get(index)).atOffset(VietnamTime.OFFSET);
        } catch (DateTimeException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        String s = parts.get(index);
        try {
            if (s.length() != 36) {
                throw new IllegalArgumentException("not a UUID");
            }
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /**
     * The JPQL condition "after this cursor" for a list ordered by {@code (time, id)}, ascending or descending, the
     * cursor being {@code (at, id)} as {@link #after(OffsetDateTime, UUID)} made it; its values go into {@code params}.
     */
    public String afterTimeAndId(String timeField, String idField, boolean descending, java.util.Map<String, Object> params) {
        String op = descending ? "<" : ">";
        params.put("cursorTime", time(0));
        params.put("cursorId", uuid(1));
        return "(" + timeField + " " + op + " :cursorTime OR (" + timeField + " = :cursorTime AND " + idField + " " + op
                + " :cursorId))";
    }

    public String text(int index) {
        return parts.get(index);
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("cursor",
                "không phải con trỏ trang do hệ thống cấp (lấy từ trường next của trang trước)",
                "not a cursor this list gave out (take it from the previous page's next)");
    }
}
