package io.github.flymachines.observe;

/**
 * Observes one wait for a machine state; returned by {@link FlyListener#onWaitStart(WaitStart)}.
 * Each {@code /wait} poll is also an ordinary call seen by {@link FlyListener#onCallStart}.
 * Exceptions are caught and ignored.
 */
public interface WaitListener {
    /** A listener that ignores everything. */
    WaitListener NOOP = new WaitListener() {
    };

    /**
     * Called when a {@code /wait} poll has answered (or failed).
     *
     * @param poll the poll
     */
    default void onPoll(WaitPoll poll) {
    }

    /**
     * Called once when the wait has ended.
     *
     * @param end the outcome
     */
    default void onWaitEnd(WaitEnd end) {
    }
}
