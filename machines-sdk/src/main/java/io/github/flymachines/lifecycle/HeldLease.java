package io.github.flymachines.lifecycle;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.LeaseLostException;
import io.github.flymachines.model.Lease;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A lease held on a machine, refreshed in the background at about a third of its TTL (with
 * jitter) until closed. Every mutation made through {@link #machine()} (or through the same SDK
 * client) carries its nonce. {@link #close()} releases it, also when the body threw; a lease that
 * is already gone counts as released.
 *
 * <p>The handle knows its state. If a refresh finds the lease lost (expired, taken, or answered
 * with another nonce: the API granted a new lease after expiry, which is then released), the
 * refreshing stops, {@link #whenLost()} completes and work through {@link #machine()} fails with
 * {@link LeaseLostException}. Once {@link #close()} starts no refresh is sent: the scheduled one is
 * cancelled and one in flight is awaited before the release. Closing a lost lease does not throw.
 * An orchestrated {@code update} through {@link #machine()} uses this lease's nonce.
 *
 * <pre>{@code
 * try (HeldLease lease = machine.lease(Duration.ofSeconds(30))) {
 *     lease.machine().stop();
 * }
 * }</pre>
 *
 * <p>Its {@code toString()} never shows the nonce.
 */
public interface HeldLease extends AutoCloseable {
    /** @return the lease as last acquired or refreshed */
    Lease lease();

    /**
     * Returns the nonce. It is a secret: do not log it.
     *
     * @return the nonce
     */
    String nonce();

    /** @return the machine client that sends this lease's nonce on every mutation */
    MachineClient machine();

    /** @return whether a refresh found the lease lost */
    boolean isLost();

    /** @return why the lease was lost, if it was */
    Optional<LeaseLostException> lostReason();

    /** @return a future completed with the reason when the lease is lost (never, if it is not) */
    CompletableFuture<LeaseLostException> whenLost();

    /**
     * Stops refreshing and releases the lease asynchronously.
     *
     * @return completes when released
     */
    CompletableFuture<Void> closeAsync();

    /**
     * Stops refreshing and releases the lease; "lease not found", and a lease that was lost or
     * taken by another holder, count as released.
     */
    @Override
    void close();
}
