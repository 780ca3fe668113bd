package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the fake, before it is written. A JSON body is kept as a tree and serialized on
 * first use of {@link #body()}, so the work happens outside the app's lock, when the answer is
 * written.
 */
public final class FakeResponse {
    private final int status;
    private final JsonNode tree;
    private volatile String body;
    private final Map<String, String> headers;

    /**
     * Creates an answer.
     *
     * @param status the HTTP status
     * @param body the body (JSON text), or null for none
     * @param headers extra headers
     */
    public FakeResponse(int status, String body, Map<String, String> headers) {
        this(status, null, body, headers);
    }

    private FakeResponse(int status, JsonNode tree, String body, Map<String, String> headers) {
        this.status = status;
        this.tree = tree;
        this.body = body;
        this.headers = Map.copyOf(headers == null ? Map.of() : headers);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the body (JSON text), or null for none */
    public String body() {
        String b = body;
        if (b == null && tree != null) {
            b = FakeJson.write(tree);
            body = b;
        }
        return b;
    }

    /** @return the extra headers */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * A JSON answer. The tree must not be changed afterwards (it is written later).
     *
     * @param status the status
     * @param body the body
     * @return the response
     */
    public static FakeResponse json(int status, JsonNode body) {
        return new FakeResponse(status, body, null, Map.of());
    }

    /**
     * An answer without a body.
     *
     * @param status the status
     * @return the response
     */
    public static FakeResponse empty(int status) {
        return new FakeResponse(status, null, null, Map.of());
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
     * The 412 the API answers when the machine's state does not allow an action.
     *
     * @param action the action, as the API names it ({@code start}, {@code update}, ...)
     * @param state the machine's current state
     * @return the response
     */
    public static FakeResponse unableFromState(String action, String state) {
        return error(412, "failed_precondition: unable to " + action + " machine from current state: '" + state + "'");
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
        return new FakeResponse(status, tree, body, h);
    }

    @Override
    public String toString() {
        return "FakeResponse[" + status + "]";
    }
}
