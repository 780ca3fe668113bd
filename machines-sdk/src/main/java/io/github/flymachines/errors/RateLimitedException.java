package io.github.flymachines.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests for this action on this machine (or app). Fly limits each action
 * per machine to about 1 request/s with bursts of 3 (get machine: 5/s, bursts of 10).
 *
 * <p>The SDK retries these itself, honouring {@code Retry-After}; this exception reaches the caller
 * when the retry budget or the call deadline does not leave room for the wait.
 *
 * @serial exclude
 */
public class RateLimitedException extends FlyServiceException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     * @param retryAfter the server's {@code Retry-After}, or null
     */
    public RateLimitedException(ErrorDetails details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    /**
     * Returns how long the server asked the client to wait, from {@code Retry-After}.
     *
     * @return the delay, if the server sent one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
