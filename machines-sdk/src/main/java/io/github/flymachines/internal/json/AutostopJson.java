package io.github.flymachines.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.flymachines.model.Autostop;
import java.io.IOException;

/** JSON form of {@link Autostop}: a boolean or a string, written back in the form it came in. */
public final class AutostopJson {
    private AutostopJson() {
    }

    /**
     * Writes the mode string, the form the spec documents and the API accepts; booleans read from
     * older answers are written back as their equivalent ({@code true} as {@code "stop"}).
     */
    public static final class Serializer extends StdSerializer<Autostop> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Autostop.class);
        }

        @Override
        public void serialize(Autostop value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.mode());
        }
    }

    /** Reads {@code true}/{@code false} or a mode string. */
    public static final class Deserializer extends StdDeserializer<Autostop> {
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Deserializer() {
            super(Autostop.class);
        }

        @Override
        public Autostop deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return Autostop.ofBoolean(t == JsonToken.VALUE_TRUE);
            }
            if (t == JsonToken.VALUE_STRING) {
                String s = p.getText();
                if (s.equals("true") || s.equals("false")) {
                    return Autostop.ofBoolean(s.equals("true"));
                }
                return Autostop.of(s);
            }
            return (Autostop) ctxt.handleUnexpectedToken(Autostop.class, p);
        }
    }
}
