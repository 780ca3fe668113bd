package io.github.flymachines.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * A client-side rate limiter holds an attempt back before it is sent.
 *
 * @param call the call
 * @param attempt the attempt number, from 1
 * @param delay how long the attempt waits
 */
public record RateLimitWait(CallStart call, int attempt, Duration delay) {
    /**
     * Creates the record.
     *
     * @param call the call
     * @param attempt the attempt number
     * @param delay the wait
     */
    public RateLimitWait {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(delay, "delay");
    }
}
