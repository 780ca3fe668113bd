package io.github.flymachines.observe;

import io.github.flymachines.errors.FlyException;
import java.time.Duration;
import java.util.Objects;

/**
 * One attempt that has ended, and what the SDK does next.
 *
 * @param call the call
 * @param attempt the attempt number, from 1
 * @param region the region a create asked for, or null
 * @param status the HTTP status of the answer, or 0 when there was none (network failure,
 *        timeout, not sent)
 * @param failure why it failed, or null when it succeeded (messages never hold secrets)
 * @param retryReason why another attempt follows, {@link RetryReason#NONE} when none does
 * @param backoff how long the SDK waits before the next attempt (zero when none follows, or when
 *        it goes straight to the next fallback region)
 * @param duration how long the attempt took, from sending to the answer (zero when not sent)
 */
public record AttemptEnd(CallStart call, int attempt, String region, int status, FlyException failure,
        RetryReason retryReason, Duration backoff, Duration duration) {
    /**
     * Creates the record.
     *
     * @param call the call
     * @param attempt the attempt number
     * @param region the region or null
     * @param status the HTTP status or 0
     * @param failure the failure or null
     * @param retryReason the retry reason
     * @param backoff the back-off
     * @param duration the attempt's duration
     */
    public AttemptEnd {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(retryReason, "retryReason");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(duration, "duration");
    }

    /** @return whether another attempt follows */
    public boolean retrying() {
        return retryReason != RetryReason.NONE;
    }

    /** @return whether the attempt succeeded */
    public boolean succeeded() {
        return failure == null;
    }
}
