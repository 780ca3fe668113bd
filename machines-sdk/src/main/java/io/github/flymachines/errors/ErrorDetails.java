package io.github.flymachines.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the API answered with an error, as carried by {@link FlyServiceException}.
 *
 * @param method the HTTP method of the request
 * @param path the request path (no query string, no host)
 * @param httpStatus the HTTP status code
 * @param apiStatus the API's {@code status} code (e.g. {@code insufficient_capacity}) or null
 * @param apiMessage the API's {@code error} (or {@code message}) text, or null
 * @param requestId the {@code fly-request-id} response header, or null
 * @param body the raw response body, truncated to a bounded size and with secrets redacted
 * @param headers allow-listed response headers (lower-case names)
 *
 * @serial exclude
 */
public record ErrorDetails(String method, String path, int httpStatus, String apiStatus, String apiMessage,
        String requestId, String body, Map<String, List<String>> headers) implements java.io.Serializable {

    /**
     * Creates the record. Normalizes nulls: an absent header map becomes empty, an absent body the empty string.
     *
     * @param method the HTTP method of the request
     * @param path the request path (no query string, no host)
     * @param httpStatus the HTTP status code
     * @param apiStatus the API's {@code status} code (e.g. {@code insufficient_capacity}) or null
     * @param apiMessage the API's {@code error} (or {@code message}) text, or null
     * @param requestId the {@code fly-request-id} response header, or null
     * @param body the raw response body, truncated to a bounded size and with secrets redacted
     * @param headers allow-listed response headers (lower-case names)
     */
    public ErrorDetails {
        body = body == null ? "" : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /**
     * Returns the first value of an allow-listed response header.
     *
     * @param name the header name, any case
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }
}
