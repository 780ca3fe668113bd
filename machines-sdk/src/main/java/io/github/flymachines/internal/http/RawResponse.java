package io.github.flymachines.internal.http;

import java.util.List;
import java.util.Map;

/**
 * A response as received: status, headers, body bytes.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body bytes, never null
 */
public record RawResponse(int status, Map<String, List<String>> headers, byte[] body) {
    /**
     * Creates the record. Normalizes a null body to an empty one.
     *
     * @param status the HTTP status
     * @param headers the headers
     * @param body the body bytes, never null
     */
    public RawResponse {
        body = body == null ? new byte[0] : body;
    }

    /**
     * Returns the first value of a header, any case.
     *
     * @param name the header
     * @return the value or null
     */
    public String header(String name) {
        return ErrorMapper.first(headers, name);
    }
}
