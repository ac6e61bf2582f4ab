package vn.motcua.platform.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;
import vn.motcua.platform.problem.ProblemException;

/**
 * Path, query and header parameters of a number, enum or UUID type read strictly, a value that is not one refused with 400
 * problem+json naming the parameter ({@code year=abc}, {@code /notifications/not-a-uuid/read}); JAX-RS itself answers
 * such a path or query parameter with a bare 404 that names nothing.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(name, Integer::valueOf, "một số nguyên", "a whole number");
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Strict<>(name, Long::valueOf, "một số nguyên", "a whole number");
        }
        if (rawType.isEnum()) {
            String allowed = java.util.Arrays.stream(rawType.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
            return new Strict<>(name, v -> enumValue(rawType, v), "một trong " + allowed, "one of " + allowed);
        }
        if (rawType == java.time.LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(name, TypedParameters::date, "một ngày dạng yyyy-MM-dd trong các năm "
                    + vn.motcua.platform.text.DateRange.MIN_YEAR + "–" + vn.motcua.platform.text.DateRange.MAX_YEAR,
                    "a date as yyyy-MM-dd in the years " + vn.motcua.platform.text.DateRange.MIN_YEAR + "–"
                            + vn.motcua.platform.text.DateRange.MAX_YEAR);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(name, TypedParameters::uuid, "một mã định danh UUID",
                    "a UUID (e.g. 3f2b9c1e-8a4d-4c6b-9e2f-1a2b3c4d5e6f)");
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T enumValue(Class<T> type, String value) {
        return value.isEmpty() ? null : (T) Enum.valueOf((Class) type, value); // "?kind=" is no filter
    }

    private static java.time.LocalDate date(String s) {
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(s);
            if (!vn.motcua.platform.text.DateRange.contains(d.getYear())) {
                throw new IllegalArgumentException("out of range");
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** Only the canonical 36-character form: {@link UUID#fromString} also takes "1-1-1-1-1". */
    private static UUID uuid(String s) {
        if (s.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(s);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private record Strict<T>(String name, Function<String, T> parse, String expectedVi, String expectedEn)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) { // NumberFormatException is one
                String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                throw ProblemException.invalidField(name, "phải là " + expectedVi + " (nhận được \"" + shown + "\")",
                        "must be " + expectedEn + " (got \"" + shown + "\")");
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
