package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The fake's JSON helpers (plain Jackson trees, so unknown config fields survive). */
public final class FakeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeJson() {
    }

    /** @return the shared mapper */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @return a new empty object */
    public static ObjectNode obj() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty array */
    public static ArrayNode arr() {
        return MAPPER.createArrayNode();
    }

    /**
     * Writes a tree.
     *
     * @param node the tree
     * @return its JSON text
     */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a request body.
     *
     * @param body the bytes, may be null or empty
     * @return the tree (an empty object for no body)
     * @throws BadRequest when the body is not JSON
     */
    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return obj();
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            return n == null || n.isMissingNode() ? obj() : n;
        } catch (IOException e) {
            throw new BadRequest("invalid JSON body: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException jp ? jp.getOriginalMessage() : "unreadable"));
        }
    }

    /** A request the fake refuses with 400. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message the API message
         */
        public BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
