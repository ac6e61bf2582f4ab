package vn.motcua.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string read from JSON — request bodies and events alike — is refused when it holds a control character
 * (see {@link ControlCharacters}): the request gets 400 problem+json naming the field, an event is dead-lettered
 * instead of failing its consumer on every retry. Dates are held to the years {@link DateRange} allows; whole
 * numbers refuse fractions.
 */
@Singleton
public class TextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule m = new SimpleModule("control-characters");
        m.addDeserializer(String.class, new Checked());
        m.setDeserializerModifier(new DateRange());
        mapper.registerModule(m);
        // an amount in đồng is whole: 2.5 for a long is refused (400 naming the field), never silently cut to 2
        mapper.disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    static final class Checked extends StdScalarDeserializer<String> {
        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            int bad = ControlCharacters.firstIn(s);
            if (bad >= 0) {
                throw new ControlCharacterException(p, ControlCharacters.codePoint(s, bad));
            }
            return s;
        }
    }
}
