package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An immutable sequence of bytes: key material, plaintexts, ciphertexts and signatures of the
 * secret-key operations.
 *
 * <p>On the wire it is a standard base64 string, as the live API (Go {@code []byte}) reads and
 * writes it; the spec's "array of integer" form is also accepted when reading. The bytes are
 * copied in and out, so no caller can change them. {@link #toString()} shows only the length,
 * never the content.
 */
public final class Bytes {
    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /**
     * Copies an array.
     *
     * @param bytes the bytes (copied)
     * @return the value
     */
    public static Bytes of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /**
     * Encodes text as UTF-8.
     *
     * @param text the text
     * @return the value
     */
    public static Bytes utf8(String text) {
        return of(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes standard base64 (with or without padding).
     *
     * @param base64 the text
     * @return the value
     * @throws IllegalArgumentException when the text is not base64 (the message never repeats it)
     */
    public static Bytes fromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        try {
            return of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 string (" + base64.length() + " characters)");
        }
    }

    /** @return the empty value */
    public static Bytes empty() {
        return EMPTY;
    }

    /**
     * Reads the wire form: a base64 string, or an array of integers 0..255 (the spec's form).
     *
     * @param node the JSON value
     * @return the value, or null for JSON null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Bytes fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return fromBase64(node.asText());
        }
        if (node.isArray()) {
            byte[] out = new byte[node.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode n = node.get(i);
                if (!n.canConvertToInt() || n.asInt() < 0 || n.asInt() > 255) {
                    throw new IllegalArgumentException("byte array element " + i + " is not in 0..255");
                }
                out[i] = (byte) n.asInt();
            }
            return new Bytes(out);
        }
        throw new IllegalArgumentException("bytes must be a base64 string or an array of integers");
    }

    /** @return the wire form: standard base64 with padding */
    @JsonValue
    public String base64() {
        return Base64.getEncoder().encodeToString(data);
    }

    /** @return a copy of the bytes */
    public byte[] toArray() {
        return data.clone();
    }

    /** @return the bytes decoded as UTF-8 */
    public String utf8() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** @return the number of bytes */
    public int size() {
        return data.length;
    }

    /** @return whether there are no bytes */
    public boolean isEmpty() {
        return data.length == 0;
    }

    /** Compares the content in constant time. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && MessageDigest.isEqual(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    /** Returns {@code Bytes[n bytes]}: never the content. */
    @Override
    public String toString() {
        return "Bytes[" + data.length + " bytes]";
    }
}
