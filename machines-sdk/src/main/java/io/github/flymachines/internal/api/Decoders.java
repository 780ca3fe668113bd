package io.github.flymachines.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.model.Lease;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.nio.charset.StandardCharsets;

/** Response readers. */
public final class Decoders {
    /** One reader per type: resolving the type and its root deserializer on every call showed in profiles. */
    private static final Map<Type, ObjectReader> READERS = new ConcurrentHashMap<>();

    private Decoders() {
    }

    /**
     * Reads a JSON body into a type.
     *
     * @param type the type (a class or a parameterized type)
     * @param <T> the value type
     * @return the decoder
     */
    public static <T> Call.Decoder<T> json(Type type) {
        ObjectReader reader = readerOf(type);
        return raw -> {
            if (raw.body().length == 0) {
                throw new IOException("empty response body");
            }
            return reader.readValue(raw.body());
        };
    }

    /**
     * Reads a JSON body into a type and insists that the answer holds what the caller needs.
     *
     * @param type the type
     * @param complete whether a read answer holds it
     * @param missing the message of the {@link IOException} an answer without it fails with
     * @param <T> the value type
     * @return the decoder
     */
    public static <T> Call.Decoder<T> jsonRequiring(Type type, Predicate<T> complete, String missing) {
        Call.Decoder<T> json = json(type);
        return raw -> {
            T t = json.decode(raw);
            if (!complete.test(t)) {
                throw new IOException(missing);
            }
            return t;
        };
    }

    /**
     * Reads a JSON body into a type, or returns null for an empty body.
     *
     * @param type the type
     * @param <T> the value type
     * @return the decoder
     */
    public static <T> Call.Decoder<T> jsonOrNull(Type type) {
        ObjectReader reader = readerOf(type);
        return raw -> raw.body().length == 0 || isBlank(raw.body()) ? null : reader.readValue(raw.body());
    }

    private static ObjectReader readerOf(Type type) {
        return READERS.computeIfAbsent(type, t -> Json.reader(Json.mapper().getTypeFactory().constructType(t)));
    }

    /** @return a decoder that ignores the body */
    public static Call.Decoder<Void> none() {
        return raw -> null;
    }

    /** @return a decoder returning the body as UTF-8 text */
    public static Call.Decoder<String> text() {
        return raw -> new String(raw.body(), StandardCharsets.UTF_8);
    }

    /**
     * Reads a lease answer in either shape: the live envelope {@code {status, data:{...}}} or the
     * flat {@code Lease} the spec documents.
     *
     * @return the decoder
     */
    public static Call.Decoder<Lease> lease() {
        return raw -> {
            JsonNode tree = Json.mapper().readTree(raw.body());
            if (tree == null || !tree.isObject()) {
                throw new IOException("lease answer is not a JSON object");
            }
            JsonNode data = tree.get("data");
            JsonNode node = data != null && data.isObject() ? data : tree;
            return Json.mapper().treeToValue(node, Lease.class);
        };
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
                return false;
            }
        }
        return true;
    }
}
