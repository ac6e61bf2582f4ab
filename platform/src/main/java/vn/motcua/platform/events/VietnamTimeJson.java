package vn.motcua.platform.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Every instant leaves the services at +07:00 (Vietnam has no daylight saving), whatever offset the database or a
 * client used: citizens and officers read local times, machines read the offset.
 */
@Singleton
public class VietnamTimeJson implements ObjectMapperCustomizer {

    public static final ZoneOffset VIETNAM = vn.motcua.calendar.VietnamTime.OFFSET;

    /** Runs after Quarkus' own customizer, whose JavaTimeModule would otherwise take precedence. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule m = new SimpleModule("vietnam-time");
        m.addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.withOffsetSameInstant(VIETNAM)));
            }
        });
        mapper.registerModule(m);
    }
}
