package io.github.flymachines.pool;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.lifecycle.HeldLease;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A machine handed out by a {@link MachinePool}: started (unless {@linkplain MachinePool#reserveAsync()
 * reserved}), leased to the holder, and exclusively the holder's until {@link #release()}.
 *
 * <p>Use it in try-with-resources: {@link #close()} releases it. Releasing twice is a no-op.
 * Thread-safe. {@link #toString()} shows no lease nonce.
 */
public final class PooledMachine implements AutoCloseable {
    private final MachinePool pool;
    private final String id;
    private final String region;
    private final HeldLease lease;
    private final boolean warm;
    private final Duration acquiredIn;
    private final AtomicReference<CompletableFuture<Void>> release = new AtomicReference<>();

    PooledMachine(MachinePool pool, String id, String region, HeldLease lease, boolean warm, Duration acquiredIn) {
        this.pool = pool;
        this.id = id;
        this.region = region;
        this.lease = lease;
        this.warm = warm;
        this.acquiredIn = acquiredIn;
    }

    /** @return the machine's id */
    public String id() {
        return id;
    }

    /** @return the machine's region, or null when the API did not say */
    public String region() {
        return region;
    }

    /** @return a client for the machine that sends the held lease's nonce with every mutation */
    public MachineClient client() {
        return lease.machine();
    }

    /** @return the lease this handle holds (refreshed in the background until release) */
    public HeldLease lease() {
        return lease;
    }

    /** @return true when a ready machine was started (the fast path), false when one was created */
    public boolean warm() {
        return warm;
    }

    /** @return how long the acquire took, from the call to the started, leased machine */
    public Duration acquiredIn() {
        return acquiredIn;
    }

    /** @return true once {@link #release()} or {@link #discard()} was called */
    public boolean isReleased() {
        return release.get() != null;
    }

    /**
     * Returns the machine to the pool: it is stopped or suspended and becomes ready again, or is
     * destroyed when its config is stale, it failed, its lease was lost or the pool is closed
     * with {@link ShutdownPolicy#DESTROY}. A second call returns the first call's future.
     *
     * @return completes when the machine is ready again or its destruction was requested
     */
    public CompletableFuture<Void> releaseAsync() {
        return finish(false);
    }

    /** Blocking form of {@link #releaseAsync()}. */
    public void release() {
        Futures.join(releaseAsync());
    }

    /**
     * Gives the machine back to be destroyed instead of reused (for example after the caller
     * changed it). A no-op after {@link #release()}.
     *
     * @return completes when the destruction was requested
     */
    public CompletableFuture<Void> discardAsync() {
        return finish(true);
    }

    /** Blocking form of {@link #discardAsync()}. */
    public void discard() {
        Futures.join(discardAsync());
    }

    private CompletableFuture<Void> finish(boolean discard) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        if (!release.compareAndSet(null, mine)) {
            return release.get();
        }
        pool.giveBack(this, discard).whenComplete((v, e) -> {
            if (e != null) {
                mine.completeExceptionally(Futures.unwrap(e));
            } else {
                mine.complete(null);
            }
        });
        return mine;
    }

    /** Releases the machine ({@link #release()}). */
    @Override
    public void close() {
        release();
    }

    @Override
    public String toString() {
        return "PooledMachine[" + id + " in " + region + (warm ? ", warm" : ", cold") + ", acquiredIn=" + acquiredIn
                + (isReleased() ? ", released" : "") + "]";
    }
}
