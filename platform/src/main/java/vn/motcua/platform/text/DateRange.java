package vn.motcua.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Dates read from JSON must fall in the years {@value #MIN_YEAR}–{@value #MAX_YEAR}: nobody alive was born earlier and
 * no appointment, deadline or schedule lies later. A year like 9999 or +999999999 is refused where it comes in
 * (400 naming the field; a dead letter for an event) instead of overflowing a calendar computation or a letter's
 * date line further on.
 */
public final class DateRange extends BeanDeserializerModifier {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    private static final Set<Class<?>> TYPES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return TYPES.contains(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
    }

    /** Whether a date of this year may come in. */
    public static boolean contains(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static int yearOf(Object value) {
        return switch (value) {
            case LocalDate d -> d.getYear();
            case LocalDateTime d -> d.getYear();
            case OffsetDateTime d -> d.getYear();
            case ZonedDateTime d -> d.getYear();
            case Instant i -> i.atOffset(ZoneOffset.UTC).getYear();
            default -> MIN_YEAR;
        };
    }

    private static final class Checked extends DelegatingDeserializer {
        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value != null) {
                int year = yearOf(value);
                if (!contains(year)) {
                    throw new DateOutOfRangeException(p, year);
                }
            }
            return value;
        }
    }
}
