package io.github.flymachines.testing;

import io.github.flymachines.errors.FlyException;

/**
 * Thrown by a blocking SDK call whose foreground sleep (a retry back-off, a pause between waits)
 * waited on a manual {@link FakeClock} that stood still for {@link FakeFly.Builder#stallTimeout}
 * of real time with nobody advancing it. The message names the clock's pending timers.
 */
public final class FakeClockStalledException extends FlyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what stood still and which timers are pending
     */
    public FakeClockStalledException(String message) {
        super(message);
    }
}
