package io.github.flymachines.errors;

import java.time.Duration;

/**
 * A client-side timeout: one attempt took longer than its attempt timeout, or the whole call
 * (all attempts and the delays between them) ran past its deadline.
 *
 * @serial exclude
 */
public class FlyTimeoutException extends FlyClientException {
    private static final long serialVersionUID = 1L;

    /** Which timeout fired. */
    public enum Kind {
        /** The connection could not be established in time. */
        CONNECT,
        /** A single attempt took longer than the attempt timeout. */
        ATTEMPT,
        /** The whole call, retries included, ran past its deadline. */
        CALL
    }

    private final Kind kind;
    private final Duration timeout;

    /**
     * Creates an exception.
     *
     * @param message the message
     * @param cause the cause, may be null
     * @param kind which timeout fired
     * @param timeout the configured timeout
     * @param requestMayHaveReachedServer whether the server may have received the request
     */
    public FlyTimeoutException(String message, Throwable cause, Kind kind, Duration timeout,
            boolean requestMayHaveReachedServer) {
        super(message, cause, requestMayHaveReachedServer);
        this.kind = kind;
        this.timeout = timeout;
    }

    /**
     * Returns which timeout fired.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the timeout that was exceeded.
     *
     * @return the configured timeout
     */
    public Duration timeout() {
        return timeout;
    }
}
