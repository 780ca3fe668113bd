package io.github.flymachines.observe;

import io.github.flymachines.errors.FlyException;
import java.time.Duration;
import java.util.Objects;

/**
 * A call that has ended.
 *
 * @param call the call
 * @param outcome how it ended
 * @param status the HTTP status of the last answer, or 0 when there was none
 * @param duration how long the whole call took, retries and waits included
 * @param attempts how many attempts were made
 * @param region the region of the last attempt of a create, or null
 * @param failure why it failed, or null on success (messages never hold secrets)
 */
public record CallEnd(CallStart call, Outcome outcome, int status, Duration duration, int attempts, String region,
        FlyException failure) {
    /**
     * Creates the record.
     *
     * @param call the call
     * @param outcome the outcome
     * @param status the last HTTP status or 0
     * @param duration the duration
     * @param attempts the number of attempts
     * @param region the region or null
     * @param failure the failure or null
     */
    public CallEnd {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }

    /** @return the status class: {@code 2xx}, {@code 4xx}, {@code 5xx}..., or {@code none} */
    public String statusClass() {
        return statusClass(status);
    }

    /**
     * The class of an HTTP status.
     *
     * @param status the status, 0 for none
     * @return {@code 1xx} to {@code 5xx}, or {@code none}
     */
    public static String statusClass(int status) {
        if (status < 100 || status > 599) {
            return "none";
        }
        return (status / 100) + "xx";
    }
}
