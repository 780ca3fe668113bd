package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the fake, before WireMock turns it into a response.
 *
 * @param status the HTTP status
 * @param body the body (JSON text), or null for none
 * @param headers extra headers
 */
public record FakeResponse(int status, String body, Map<String, String> headers) {
    /**
     * Normalises the header map.
     *
     * @param status as in the record header
     * @param body as in the record header
     * @param headers as in the record header
     */
    public FakeResponse {
        headers = Map.copyOf(headers == null ? Map.of() : headers);
    }

    /**
     * A JSON answer.
     *
     * @param status the status
     * @param body the body
     * @return the response
     */
    public static FakeResponse json(int status, JsonNode body) {
        return new FakeResponse(status, FakeJson.write(body), Map.of());
    }

    /**
     * An answer without a body.
     *
     * @param status the status
     * @return the response
     */
    public static FakeResponse empty(int status) {
        return new FakeResponse(status, null, Map.of());
    }

    /**
     * The usual error shape {@code {"error": message}}.
     *
     * @param status the status
     * @param message the message
     * @return the response
     */
    public static FakeResponse error(int status, String message) {
        return error(status, message, null);
    }

    /**
     * The usual error shape with a {@code status} code, {@code {"error": message, "status": code}}.
     *
     * @param status the HTTP status
     * @param message the message
     * @param code the API status code (e.g. {@code insufficient_capacity}), or null
     * @return the response
     */
    public static FakeResponse error(int status, String message, String code) {
        ObjectNode o = FakeJson.obj().put("error", message);
        if (code != null) {
            o.put("status", code);
        }
        return json(status, o);
    }

    /**
     * Returns a copy with one more header.
     *
     * @param name the header name
     * @param value the value
     * @return the copy
     */
    public FakeResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new FakeResponse(status, body, h);
    }

    @Override
    public String toString() {
        return "FakeResponse[" + status + "]";
    }
}
