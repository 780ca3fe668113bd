package io.github.flymachines.observe;

/**
 * Observes one call, from its first attempt to its end; returned by
 * {@link FlyListener#onCallStart(CallStart)}. Every method has a no-op default and may be called
 * from a different thread than the previous one (never concurrently for one call). Exceptions
 * are caught and ignored.
 */
public interface CallListener {
    /** A listener that ignores everything. */
    CallListener NOOP = new CallListener() {
    };

    /**
     * Called when a client-side rate limiter makes an attempt wait before it is sent.
     *
     * @param wait how long, and for which attempt
     */
    default void onRateLimitWait(RateLimitWait wait) {
    }

    /**
     * Called just before an attempt's HTTP request is sent.
     *
     * @param attempt the attempt
     */
    default void onAttemptStart(AttemptStart attempt) {
    }

    /**
     * Adds headers to an attempt's HTTP request (an interceptor), for example a W3C
     * {@code traceparent}. Called right after {@link #onAttemptStart(AttemptStart)}.
     *
     * @param attempt the attempt
     * @param headers receives the headers to add
     */
    default void addHeaders(AttemptStart attempt, HeaderSink headers) {
    }

    /**
     * Called when an attempt has ended: answered 2xx, failed, or was refused before it was sent
     * (circuit open, deadline reached while rate limited, a failed adoption look-up: then no
     * {@link #onAttemptStart(AttemptStart)} preceded it).
     *
     * @param attempt what happened and what the SDK does next
     */
    default void onAttemptEnd(AttemptEnd attempt) {
    }

    /**
     * Called after the SDK looked up what an attempt with an unknown outcome (a timeout, a reset,
     * a 5xx on a create) may have created, before it decides whether to send again.
     *
     * @param adoption whether the resource was found and adopted
     */
    default void onAdoption(Adoption adoption) {
    }

    /**
     * Called once when the call has ended, before its future completes.
     *
     * @param end the outcome
     */
    default void onCallEnd(CallEnd end) {
    }
}
