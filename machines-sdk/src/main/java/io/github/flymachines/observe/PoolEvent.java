package io.github.flymachines.observe;

import java.time.Duration;
import java.util.Objects;

/**
 * Something a {@link io.github.flymachines.pool.MachinePool} did, reported to the pool's own
 * listener ({@link io.github.flymachines.pool.PoolOptions#listener()}) and to the client's
 * {@link FlyListener#onPoolEvent(PoolEvent)}. Carries no secret: no lease nonce, no env value.
 *
 * @param type what happened
 * @param pool the pool's name
 * @param machineId the machine concerned, or null when none is yet (a failed create)
 * @param region the machine's region, or null when unknown
 * @param took how long it took, or {@link Duration#ZERO} when not timed
 * @param failure a short description of the failure (exception class and message), or null
 */
public record PoolEvent(Type type, String pool, String machineId, String region, Duration took, String failure) {
    /** Kinds of pool events. */
    public enum Type {
        /** A machine of an earlier pool of the same name was taken over. */
        ADOPTED,
        /** A machine was created for the pool (replenishment or a cold acquire). */
        CREATED,
        /** A ready machine was started for a caller (the fast path). */
        ACQUIRED_WARM,
        /** No machine was ready: one was created for the caller (the slow path). */
        ACQUIRED_COLD,
        /** An acquire failed or timed out. */
        ACQUIRE_FAILED,
        /** A machine was stopped or suspended and returned to the pool. */
        RELEASED,
        /** A machine was destroyed (stale config, failure, idle extra, discard or shutdown). */
        DESTROYED,
        /** Creating a machine to replenish the pool failed; the pool backs off and tries again. */
        REPLENISH_FAILED
    }

    /**
     * Checks the fields.
     *
     * @param type as in the record header
     * @param pool as in the record header
     * @param machineId as in the record header
     * @param region as in the record header
     * @param took as in the record header
     * @param failure as in the record header
     */
    public PoolEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pool, "pool");
        took = took == null ? Duration.ZERO : took;
    }
}
