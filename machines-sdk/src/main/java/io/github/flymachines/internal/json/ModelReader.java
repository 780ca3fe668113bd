package io.github.flymachines.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The base of the generated readers of the model records ({@code <Record>Reader}, written by the
 * build's {@code ModelProcessor} next to this class): one pass over the JSON object's fields, each
 * known field read straight into the record's builder, every other field kept with the record's
 * unknown fields. It replaces Jackson's reflective bean deserializer for the model: no
 * introspection of the record, its builder or their annotations at start-up, and no per-field
 * indirection afterwards.
 *
 * <p>The readers keep the mapper's reading rules: a scalar field whose value cannot be read (a
 * check interval that is not a Go duration, a timestamp in an unknown format, text where a number
 * belongs) does not fail the answer; its raw JSON is kept with the unknown fields, so it is written
 * back unchanged, and the first such field of each kind is logged at DEBUG. Anything but a plain
 * scalar is handed to the mapper ({@link #value}), with its usual coercions.
 *
 * @param <T> the record type
 */
public abstract class ModelReader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger("io.github.flymachines.json");
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();
    private static final java.util.Map<String, JavaType> TYPES = new ConcurrentHashMap<>();

    /**
     * Creates the reader of one record type.
     *
     * @param type the record type
     */
    protected ModelReader(Class<T> type) {
        super(type);
    }

    /** The reader holds no state: the mapper keeps one instance per type. */
    @Override
    public boolean isCachable() {
        return true;
    }

    /**
     * A type for the mapper, from its canonical name ({@code java.util.List<java.lang.String>}),
     * resolved on first use: a reader's fallbacks cost nothing until a value needs one.
     *
     * @param canonical the canonical type name
     * @return the type
     */
    private static JavaType type(String canonical) {
        JavaType t = TYPES.get(canonical);
        if (t == null) {
            t = TypeFactory.defaultInstance().constructFromCanonical(canonical);
            TYPES.put(canonical, t);
        }
        return t;
    }

    /**
     * Starts reading an object: the name of its first field, or null when it has none.
     *
     * @param p the parser, on the object's start (or on its first field name)
     * @param c the context
     * @return the first field's name, the parser then on the field name; or null
     * @throws IOException when the value is not an object
     */
    protected final String first(JsonParser p, DeserializationContext c) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return p.nextFieldName();
        }
        if (t == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        return (String) c.handleUnexpectedToken(handledType(), p);
    }

    /**
     * Reads a string, coercing other scalars as the mapper does.
     *
     * @param p the parser, on the value
     * @param c the context
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    protected static String string(JsonParser p, DeserializationContext c) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return t == JsonToken.VALUE_NULL ? null : scalar(p, c, String.class);
    }

    /**
     * Reads an integer.
     *
     * @param p the parser, on the value
     * @param c the context
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    protected static Integer integer(JsonParser p, DeserializationContext c) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        return t == JsonToken.VALUE_NULL ? null : scalar(p, c, Integer.class);
    }

    /**
     * Reads a long.
     *
     * @param p the parser, on the value
     * @param c the context
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    protected static Long longValue(JsonParser p, DeserializationContext c) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        return t == JsonToken.VALUE_NULL ? null : scalar(p, c, Long.class);
    }

    /**
     * Reads a boolean.
     *
     * @param p the parser, on the value
     * @param c the context
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    protected static Boolean bool(JsonParser p, DeserializationContext c) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        return t == JsonToken.VALUE_NULL ? null : scalar(p, c, Boolean.class);
    }

    /** A scalar through the mapper's coercions; an array or object is refused before it is consumed. */
    private static <V> V scalar(JsonParser p, DeserializationContext c, Class<V> type) throws IOException {
        if (p.currentToken().isStructStart()) {
            return type.cast(c.handleUnexpectedToken(type, p));
        }
        return c.readValue(p, type);
    }

    /**
     * Reads a timestamp or duration in the wire form its component names.
     *
     * @param p the parser, on the value
     * @param c the context
     * @param form the wire form
     * @param type {@code Instant} or {@code Duration}
     * @param <V> the type
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    protected static <V> V time(JsonParser p, DeserializationContext c, TimeJson.Form form, Class<V> type)
            throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return type.cast(TimeJson.Reader.read(p, c, form, type));
    }

    /**
     * Reads any other value through the mapper (records, open enums, collections, numbers of other
     * kinds), with the mapper's coercions.
     *
     * @param p the parser, on the value
     * @param c the context
     * @param type the value's canonical type name
     * @param <V> the type
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    protected static <V> V value(JsonParser p, DeserializationContext c, String type) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : c.readValue(p, type(type));
    }

    /**
     * Reads a single JSON value of a JDK type through the mapper (a {@code BigDecimal}, a
     * {@code Double}): an array or object there is refused without being consumed, so that its raw
     * value can be kept.
     *
     * @param p the parser, on the value
     * @param c the context
     * @param type the value's canonical type name
     * @param <V> the type
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    @SuppressWarnings("unchecked")
    protected static <V> V scalarValue(JsonParser p, DeserializationContext c, String type) throws IOException {
        if (p.currentToken().isStructStart()) {
            return (V) c.handleUnexpectedToken(type(type), p);
        }
        return value(p, c, type);
    }

    /**
     * Reads a value from a tree already read (for values whose reader needs the whole tree, like
     * bytes given as an array of integers).
     *
     * @param raw the tree
     * @param c the context
     * @param type the value's type
     * @param <V> the type
     * @return the value, null for JSON null
     * @throws IOException when it cannot be read
     */
    protected static <V> V fromTree(JsonNode raw, DeserializationContext c, Class<V> type) throws IOException {
        return raw.isNull() ? null : c.readTreeAsValue(raw, type);
    }

    /**
     * Reads a JSON value as a tree (an unknown field, or a component typed as a tree).
     *
     * @param p the parser, on the value
     * @param c the context
     * @return the tree; a null node for JSON null
     * @throws IOException on malformed JSON
     */
    protected static JsonNode tree(JsonParser p, DeserializationContext c) throws IOException {
        return c.readTree(p);
    }

    /**
     * Keeps the raw value of a field that could not be read; the parser is still on the value's
     * first token (the scalar readers fail before consuming anything).
     *
     * @param p the parser
     * @param c the context
     * @param where {@code Record.json_name}, for the log
     * @param why the failure
     * @return the raw value, to keep with the unknown fields
     * @throws IOException on malformed JSON
     */
    protected static JsonNode kept(JsonParser p, DeserializationContext c, String where, Exception why)
            throws IOException {
        return kept(c.readTree(p), where, why);
    }

    /**
     * Keeps a raw value that could not be read, and logs the first of each kind at DEBUG (the field,
     * the JSON type and the failure's class: never the value, which may be secret).
     *
     * @param raw the raw value
     * @param where {@code Record.json_name}, for the log
     * @param why the failure
     * @return the raw value, to keep with the unknown fields
     */
    protected static JsonNode kept(JsonNode raw, String where, Exception why) {
        if (LOGGED.add(where)) {
            LOG.log(System.Logger.Level.DEBUG, () -> "unreadable " + raw.getNodeType() + " value for '" + where
                    + "', kept as an unknown field and written back unchanged (" + why.getClass().getSimpleName()
                    + ")");
        }
        return raw;
    }
}
