package io.github.flymachines.observe;

/**
 * Observes one lease held in the background; returned by
 * {@link FlyListener#onLeaseAcquired(LeaseEvent)}. Never sees the nonce. Exceptions are caught
 * and ignored.
 */
public interface LeaseListener {
    /** A listener that ignores everything. */
    LeaseListener NOOP = new LeaseListener() {
    };

    /**
     * Called on each refresh (successful or failed), on release and when the lease is found lost.
     * {@link LeaseEvent.Kind#RELEASED} and {@link LeaseEvent.Kind#LOST} are the last events.
     *
     * @param event the event
     */
    default void onLeaseEvent(LeaseEvent event) {
    }
}
