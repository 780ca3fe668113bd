package io.github.flymachines.observe;

/**
 * Observes what an SDK client does: calls, waits, leases and pools. Set one (or several) on
 * {@link io.github.flymachines.FlyMachines.Builder#listener(FlyListener)}; every method has a
 * no-op default, so implement only what you need.
 *
 * <p>Per-operation state lives in the listener a start method returns: {@link #onCallStart}
 * returns the {@link CallListener} that sees that call's attempts and end, {@link #onWaitStart}
 * the {@link WaitListener} of one wait, {@link #onLeaseAcquired} the {@link LeaseListener} of one
 * held lease.
 *
 * <p>Methods run on whatever thread the SDK is on at that point (the caller's for a call's start,
 * an HTTP or timer thread afterwards) and must not block. An exception thrown by any method is
 * caught and ignored: it never breaks or changes the call.
 *
 * <p>Trace context: {@link #captureContext()} is called on the thread that starts a call and
 * {@link #restoreContext(Object)} around the completion of that call's future, so that the
 * follow-up calls an orchestration (such as {@code run}: create, then wait) starts from its
 * callbacks see the caller's context, as they would on the caller's thread.
 */
public interface FlyListener {
    /**
     * Called when a call starts, on the thread that starts it.
     *
     * @param call what is called (no secrets)
     * @return the listener for this call's attempts and end; {@link CallListener#NOOP} when not interested
     */
    default CallListener onCallStart(CallStart call) {
        return CallListener.NOOP;
    }

    /**
     * Called when a wait for a machine state starts.
     *
     * @param wait what is waited for
     * @return the listener for this wait's polls and end; {@link WaitListener#NOOP} when not interested
     */
    default WaitListener onWaitStart(WaitStart wait) {
        return WaitListener.NOOP;
    }

    /**
     * Called when a lease held in the background ({@code MachineClient.lease}) has been acquired.
     *
     * @param acquired the event (kind {@link LeaseEvent.Kind#ACQUIRED}; never the nonce)
     * @return the listener for this lease's refreshes, release or loss
     */
    default LeaseListener onLeaseAcquired(LeaseEvent acquired) {
        return LeaseListener.NOOP;
    }

    /**
     * Called when a {@link io.github.flymachines.pool.MachinePool} opened through this client's
     * {@code AppClient.pool} reports something (adoption, create, warm or cold acquire, release,
     * destroy, failures). The event carries no nonce and no env value. The default does nothing.
     *
     * @param event what the pool did
     */
    default void onPoolEvent(PoolEvent event) {
    }

    /**
     * Captures the current context (for example the current trace span) on the thread that starts
     * a call. The default captures nothing.
     *
     * @return the context, or null for none
     */
    default Object captureContext() {
        return null;
    }

    /**
     * Makes a context captured by {@link #captureContext()} current until the returned scope is
     * closed. The SDK calls it around the completion of a call's future, so the code that runs in
     * its callbacks sees the caller's context.
     *
     * @param context what {@link #captureContext()} returned (never null)
     * @return the scope to close
     */
    default ContextScope restoreContext(Object context) {
        return ContextScope.NOOP;
    }
}
