package io.github.flymachines.internal.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The wire form of a model {@link Instant} or {@link Duration} component: RFC 3339 (the default),
 * Unix seconds or milliseconds, whole seconds, or a Go duration string. Each form reads and writes exactly what the API
 * uses, so a value read and written back is unchanged on the wire.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@JacksonAnnotationsInside
@JsonSerialize(using = TimeJson.Writer.class)
@JsonDeserialize(using = TimeJson.Reader.class)
public @interface TimeJson {
    /**
     * The form.
     *
     * @return the form; RFC 3339 when not given
     */
    Form value() default Form.RFC3339;

    /** The wire forms. */
    enum Form {
        /** An {@link Instant} as an RFC 3339 string, written like Go's {@code RFC3339Nano} in UTC. */
        RFC3339,
        /** An {@link Instant} as a number of Unix seconds. */
        EPOCH_SECONDS,
        /** An {@link Instant} as a number of Unix milliseconds. */
        EPOCH_MILLIS,
        /** A {@link Duration} as a whole number of seconds (read also from a Go duration string). */
        SECONDS,
        /** A {@link Duration} as a Go duration string ({@code "1m30s"}); read also from nanoseconds. */
        GO;

        static Form of(BeanProperty property) {
            TimeJson a = property == null ? null : property.getAnnotation(TimeJson.class);
            return a == null ? RFC3339 : a.value();
        }

        /**
         * Formats like Go's {@code time.RFC3339Nano} in UTC: {@code 2024-05-01T10:00:00Z},
         * {@code 2024-05-01T10:00:00.1234Z} (no trailing zeros in the fraction).
         *
         * @param t the instant
         * @return the text
         */
        public static String rfc3339(Instant t) {
            String s = DateTimeFormatter.ISO_INSTANT.format(t);
            if (s.indexOf('.') < 0) {
                return s;
            }
            int end = s.length() - 1;
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            return s.substring(0, end) + "Z";
        }

        /**
         * Parses an RFC 3339 timestamp with {@code Z} or an offset.
         *
         * @param text the text
         * @return the instant
         * @throws DateTimeParseException if it is not one
         */
        public static Instant parseRfc3339(String text) {
            String t = text.trim();
            Instant fast = Rfc3339.parse(t);
            return fast != null ? fast
                    : OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }

        void write(Object value, JsonGenerator gen) throws IOException {
            switch (this) {
                case RFC3339 -> gen.writeString(rfc3339((Instant) value));
                case EPOCH_SECONDS -> gen.writeNumber(((Instant) value).getEpochSecond());
                case EPOCH_MILLIS -> gen.writeNumber(((Instant) value).toEpochMilli());
                case SECONDS -> gen.writeNumber(((Duration) value).getSeconds());
                case GO -> gen.writeString(GoDuration.format((Duration) value));
            }
        }

        Object read(long number) {
            return switch (this) {
                case RFC3339 -> throw new IllegalArgumentException("a number where an RFC 3339 timestamp belongs");
                case EPOCH_SECONDS -> Instant.ofEpochSecond(number);
                case EPOCH_MILLIS -> Instant.ofEpochMilli(number);
                case SECONDS -> Duration.ofSeconds(number);
                case GO -> Duration.ofNanos(number);
            };
        }

        Object read(String text) {
            return switch (this) {
                case RFC3339 -> parseRfc3339(text);
                case SECONDS, GO -> GoDuration.parse(text);
                default -> read(Long.parseLong(text.trim()));
            };
        }
    }

    /** Writes a property in the form its annotation names. */
    final class Writer extends StdSerializer<Object> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;
        private Form form = Form.RFC3339;

        /** Creates the writer (Jackson then asks {@link #createContextual} for the property's form). */
        public Writer() {
            super(Object.class);
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) {
            Writer w = new Writer();
            w.form = Form.of(property);
            return w;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            form.write(value, gen);
        }
    }

    /** Reads a property in the form its annotation names; text that does not parse is a format error. */
    final class Reader extends StdDeserializer<Object> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final Form form;

        /** Creates the reader (Jackson then asks {@link #createContextual} for the property's form). */
        public Reader() {
            this(Form.RFC3339);
        }

        private Reader(Form form) {
            super(form == Form.SECONDS || form == Form.GO ? Duration.class : Instant.class);
            this.form = form;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return new Reader(Form.of(property));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, form, handledType());
        }

        /**
         * Reads one value in a form; the generated model readers call this directly.
         *
         * @param p the parser, on the value
         * @param ctxt the context
         * @param form the wire form
         * @param type {@code Instant} or {@code Duration}, for the error
         * @return the value
         * @throws IOException when the value is not in the form (the parser is then still on it)
         */
        static Object read(JsonParser p, DeserializationContext ctxt, Form form, Class<?> type) throws IOException {
            JsonToken t = p.currentToken();
            try {
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    return form.read(p.getLongValue());
                }
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    return form.read(p.getDecimalValue().longValue());
                }
                if (t == JsonToken.VALUE_STRING) {
                    return form.read(p.getText());
                }
            } catch (RuntimeException e) {
                return ctxt.handleWeirdStringValue(type, p.getText(), "%s", e.getMessage());
            }
            return ctxt.handleUnexpectedToken(type, p);
        }
    }
}
