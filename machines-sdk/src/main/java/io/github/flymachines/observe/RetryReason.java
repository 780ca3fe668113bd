package io.github.flymachines.observe;

/** Why the SDK sends another attempt after a failed one. */
public enum RetryReason {
    /** No retry follows: the attempt succeeded, or its failure is final. */
    NONE,
    /** A server error or a network failure on a call that is safe to repeat. */
    TRANSIENT,
    /** Throttled (HTTP 429): the throttling back-off, honouring {@code Retry-After}. */
    THROTTLED,
    /** No capacity: the next attempt goes to the next fallback region, or later to the same one. */
    CAPACITY,
    /** The outcome is unknown (timeout, reset, 5xx on a create): look up what it made, then decide. */
    AMBIGUOUS
}
