package io.github.flymachines.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * A wait that has ended.
 *
 * @param start the wait
 * @param outcome {@link Outcome#SUCCESS} when a wanted state was reached
 * @param state the state reached, or the last one seen, or null
 * @param duration how long the wait took
 * @param polls how many {@code /wait} polls were made
 * @param failure why it failed, or null (messages never hold secrets)
 */
public record WaitEnd(WaitStart start, Outcome outcome, String state, Duration duration, int polls,
        Throwable failure) {
    /**
     * Creates the record.
     *
     * @param start the wait
     * @param outcome the outcome
     * @param state the state or null
     * @param duration the duration
     * @param polls the number of polls
     * @param failure the failure or null
     */
    public WaitEnd {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }
}
