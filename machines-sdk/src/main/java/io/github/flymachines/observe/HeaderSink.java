package io.github.flymachines.observe;

/**
 * Receives the headers an interceptor adds to one attempt's HTTP request
 * ({@link CallListener#addHeaders(AttemptStart, HeaderSink)}).
 *
 * <p>The SDK's own headers win: {@code Authorization}, {@code User-Agent}, {@code Content-Type},
 * {@code Accept}, {@code Host}, {@code Content-Length} and the lease nonce header cannot be set
 * this way, and a header whose name or value is not valid HTTP (a control character, a blank
 * name) is dropped rather than failing the call.
 */
@FunctionalInterface
public interface HeaderSink {
    /**
     * Adds (or replaces) a header.
     *
     * @param name the header name, e.g. {@code traceparent}
     * @param value the value
     */
    void header(String name, String value);
}
