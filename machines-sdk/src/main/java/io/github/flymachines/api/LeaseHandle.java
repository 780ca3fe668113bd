package io.github.flymachines.api;

import io.github.flymachines.errors.ConflictException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.LeaseLostException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.internal.observe.Listeners;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.observe.LeaseEvent;
import io.github.flymachines.observe.LeaseListener;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.model.Lease;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The SDK's {@link HeldLease}: refreshes on the client's sleeper, holds no thread, and knows its
 * own state.
 *
 * <ul>
 * <li>A refresh answered with another nonce means the lease had expired and the API granted a new
 * one: the new one is released, the handle is marked lost and work through {@link #machine()}
 * fails with {@link LeaseLostException}.</li>
 * <li>Once {@link #closeAsync()} starts, no refresh is sent: the scheduled one is cancelled, one in
 * flight is awaited, then the lease is released.</li>
 * <li>Closing a lost lease does not throw.</li>
 * </ul>
 */
final class LeaseHandle implements HeldLease {
    private static final Logger LOG = System.getLogger("io.github.flymachines.lease");

    private final MachineClient machine;
    private final MachineClient leased;
    private final Duration ttl;
    private final String nonce;
    private final String description;
    private final CompletableFuture<LeaseLostException> lost = new CompletableFuture<>();
    private volatile Lease lease;
    private volatile LeaseListener observer;
    /** Guarded by this: closed, the scheduled sleep, the refresh in flight (with its handling). */
    private boolean closed;
    private CompletableFuture<Void> scheduled;
    private CompletableFuture<Void> refreshing;
    private CompletableFuture<Void> release;

    private LeaseHandle(MachineClient machine, Lease lease, Duration ttl) {
        this.machine = machine;
        this.lease = lease;
        this.ttl = ttl;
        this.nonce = lease.nonce();
        this.description = lease.description();
        this.leased = machine.withLeaseHolder(nonce, this);
    }

    static CompletableFuture<HeldLease> acquire(MachineClient machine, Duration ttl, String description) {
        CompletableFuture<Lease> acquired = machine.leases().acquireAsync(ttl, description);
        CompletableFuture<HeldLease> out = new CompletableFuture<>();
        acquired.whenComplete((lease, e) -> {
            if (e != null) {
                out.completeExceptionally(Futures.unwrap(e));
                return;
            }
            if (lease.nonce() == null || lease.nonce().isEmpty()) {
                out.completeExceptionally(new FlyException("the API granted a lease on " + machine.id()
                        + " without a nonce"));
                return;
            }
            LeaseHandle h = new LeaseHandle(machine, lease, ttl);
            if (machine.ctx.engine().listener() != null) {
                h.observer = Listeners.leaseAcquired(machine.ctx.engine().listener(),
                        new LeaseEvent(LeaseEvent.Kind.ACQUIRED, machine.app(), machine.id(), ttl, null));
            }
            machine.ctx.register(h);
            h.scheduleRefresh(h.refreshDelay());
            if (!out.complete(h)) {
                h.closeAsync(); // the caller gave up (cancelled) while the lease was granted
            }
        });
        out.whenComplete((v, e) -> {
            if (out.isCancelled()) {
                acquired.cancel(true);
            }
        });
        return out;
    }

    /** Reports an event to the lease's listener, if any. */
    private void emit(LeaseEvent.Kind kind, Throwable failure) {
        LeaseListener o = observer;
        if (o != null) {
            o.onLeaseEvent(new LeaseEvent(kind, machine.app(), machine.id(), ttl,
                    failure instanceof FlyException fe ? fe : null));
        }
    }

    private Duration refreshDelay() {
        // about a third of the TTL, with +/-10% jitter so many holders do not refresh in step
        double jitter = 0.9 + 0.2 * machine.ctx.engine().random().nextDouble();
        long millis = (long) (ttl.toMillis() / 3.0 * jitter);
        return Duration.ofMillis(Math.max(100, millis));
    }

    private synchronized void scheduleRefresh(Duration delay) {
        if (closed || lost.isDone()) {
            return;
        }
        CompletableFuture<Void> sleep = machine.ctx.engine().sleeper().background(delay);
        scheduled = sleep;
        sleep.thenRun(this::refresh);
    }

    private void refresh() {
        CompletableFuture<Lease> r;
        synchronized (this) {
            if (closed || lost.isDone()) {
                return;
            }
            scheduled = null;
            r = machine.leases().refreshAsync(nonce, ttl, description);
            // close() waits for this: the answer is handled before the release is sent
            refreshing = r.handle((l, e) -> onRefreshed(l, e == null ? null : Futures.unwrap(e)))
                    .thenCompose(cleanup -> cleanup);
        }
    }

    /** Handles a refresh's answer; returns the clean-up a lost lease needs (close() awaits it). */
    private CompletableFuture<Void> onRefreshed(Lease l, Throwable t) {
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        if (t == null) {
            if (l.nonce() != null && !l.nonce().isEmpty() && !l.nonce().equals(nonce)) {
                // the held lease had expired; the refresh was granted a new one that nobody holds
                markLost(new LeaseLostException("lease on machine " + machine.id()
                        + " expired before it was refreshed; the new lease the refresh was granted was released",
                        null));
                return machine.leases().releaseAsync(l.nonce()).exceptionally(x -> null);
            }
            lease = l;
            clearRefreshing();
            emit(LeaseEvent.Kind.REFRESHED, null);
            scheduleRefresh(refreshDelay());
            return done;
        }
        if (isClosed()) {
            return done;
        }
        if (t instanceof ConflictException || t instanceof NotFoundException) {
            markLost(new LeaseLostException("lease on machine " + machine.id() + " was lost: " + t.getMessage(), t));
            // a lease a retried refresh may have been granted carries our tag: release it too
            return machine.leases().releaseTaggedIn(description).exceptionally(x -> null);
        }
        Instant expires = lease.expiresAt();
        Instant now = machine.ctx.engine().clock().instant();
        if (expires != null && !now.isBefore(expires)) {
            markLost(new LeaseLostException("lease on machine " + machine.id()
                    + " expired while it could not be refreshed: " + t.getMessage(), t));
            return done;
        }
        LOG.log(Level.DEBUG, () -> "lease refresh on " + machine.id() + " failed ("
                + t.getClass().getSimpleName() + "); trying again");
        clearRefreshing();
        emit(LeaseEvent.Kind.REFRESH_FAILED, t);
        scheduleRefresh(refreshDelay().dividedBy(2));
        return done;
    }

    private synchronized void clearRefreshing() {
        refreshing = null;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    private void markLost(LeaseLostException e) {
        machine.ctx.forgetLease(machine.app(), machine.id(), nonce);
        machine.ctx.unregister(this);
        if (lost.complete(e)) {
            LOG.log(Level.WARNING, e::getMessage);
            emit(LeaseEvent.Kind.LOST, e);
        }
    }

    /** The failure for work through this lease once it is lost. */
    LeaseLostException lostFailure(Throwable cause) {
        LeaseLostException reason = lost.getNow(null);
        String why = reason == null ? "" : ": " + reason.getMessage();
        LeaseLostException e = new LeaseLostException("the lease on machine " + machine.id()
                + " is lost" + why, cause != null ? cause : reason);
        return e;
    }

    @Override
    public Lease lease() {
        return lease;
    }

    @Override
    public String nonce() {
        return nonce;
    }

    @Override
    public MachineClient machine() {
        return leased;
    }

    @Override
    public boolean isLost() {
        return lost.isDone();
    }

    @Override
    public Optional<LeaseLostException> lostReason() {
        return Optional.ofNullable(lost.getNow(null));
    }

    @Override
    public CompletableFuture<LeaseLostException> whenLost() {
        return lost.thenApply(e -> e);
    }

    @Override
    public synchronized CompletableFuture<Void> closeAsync() {
        if (release != null) {
            return release;
        }
        closed = true;
        if (scheduled != null) {
            scheduled.cancel(true);
            scheduled = null;
        }
        CompletableFuture<Void> inFlight = refreshing != null ? refreshing : CompletableFuture.completedFuture(null);
        machine.ctx.unregister(this);
        release = inFlight.thenCompose(v -> {
            if (lost.isDone()) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            return machine.leases().releaseAsync(nonce).handle((x, e) -> {
                if (e == null) {
                    return null;
                }
                Throwable t = Futures.unwrap(e);
                if (t instanceof ConflictException) {
                    // someone else holds it now: ours is gone, which counts as released
                    markLost(new LeaseLostException("lease on machine " + machine.id()
                            + " was taken by another holder before it was released", t));
                    return null;
                }
                throw t instanceof RuntimeException re ? re : new CompletionException(t);
            });
        });
        if (observer != null) {
            release.whenComplete((v, e) -> {
                if (!lost.isDone() || e != null) {
                    emit(LeaseEvent.Kind.RELEASED, e == null ? null : Futures.unwrap(e));
                }
            });
        }
        return release;
    }

    @Override
    public void close() {
        Futures.join(closeAsync());
    }

    @Override
    public String toString() {
        return "HeldLease[machine=" + machine.app() + "/" + machine.id() + ", ttl=" + ttl + ", nonce=<redacted>"
                + (isLost() ? ", lost" : "") + (isClosed() ? ", closed" : "") + "]";
    }
}
