package io.github.flymachines.observe;

import io.github.flymachines.errors.FlyException;
import java.time.Duration;
import java.util.Objects;

/**
 * Something that happened to a lease held in the background. Never holds the nonce.
 *
 * @param kind what happened
 * @param app the app
 * @param machineId the machine
 * @param ttl the lease's time to live
 * @param failure the failure of a refresh, or why the lease was lost; null otherwise
 */
public record LeaseEvent(Kind kind, String app, String machineId, Duration ttl, FlyException failure) {
    /** What happened to the lease. */
    public enum Kind {
        /** The lease was granted. */
        ACQUIRED,
        /** A background refresh extended it. */
        REFRESHED,
        /** A background refresh failed; the SDK tries again while the lease has not expired. */
        REFRESH_FAILED,
        /** It was released (closed). */
        RELEASED,
        /** A refresh found it expired or taken: the holder no longer has it. */
        LOST
    }

    /**
     * Creates the record.
     *
     * @param kind the kind
     * @param app the app
     * @param machineId the machine
     * @param ttl the ttl
     * @param failure the failure or null
     */
    public LeaseEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ttl, "ttl");
    }
}
