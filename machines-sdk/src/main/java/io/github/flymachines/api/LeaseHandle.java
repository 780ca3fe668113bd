package io.github.flymachines.api;

import io.github.flymachines.errors.ConflictException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.LeaseLostException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.observe.Listeners;
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
import java.util.concurrent.atomic.AtomicBoolean;

/** The SDK's {@link HeldLease}: refreshes on the client's sleeper, holds no thread. */
final class LeaseHandle implements HeldLease {
    private static final Logger LOG = System.getLogger("io.github.flymachines.lease");

    private final MachineClient machine;
    private final MachineClient leased;
    private final Duration ttl;
    private final String nonce;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<LeaseLostException> lost = new CompletableFuture<>();
    private volatile Lease lease;
    private volatile CompletableFuture<?> pending;
    private volatile CompletableFuture<Void> release;
    /** Observes this lease; null when no listener is set. */
    private volatile LeaseListener observer;

    private LeaseHandle(MachineClient machine, Lease lease, Duration ttl) {
        this.machine = machine;
        this.lease = lease;
        this.ttl = ttl;
        this.nonce = lease.nonce();
        this.leased = machine.withLeaseNonce(nonce);
    }

    static CompletableFuture<HeldLease> acquire(MachineClient machine, Duration ttl, String description) {
        return machine.leases().acquireAsync(ttl, description).thenApply(lease -> {
            if (lease.nonce() == null || lease.nonce().isEmpty()) {
                throw new FlyException("the API granted a lease on " + machine.id() + " without a nonce");
            }
            LeaseHandle h = new LeaseHandle(machine, lease, ttl);
            if (machine.ctx.engine().listener() != null) {
                h.observer = Listeners.leaseAcquired(machine.ctx.engine().listener(),
                        new LeaseEvent(LeaseEvent.Kind.ACQUIRED, machine.app(), machine.id(), ttl, null));
            }
            machine.ctx.register(h);
            h.scheduleRefresh();
            return h;
        });
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

    private void scheduleRefresh() {
        scheduleRefresh(refreshDelay());
    }

    private void scheduleRefresh(Duration delay) {
        if (closed.get() || lost.isDone()) {
            return;
        }
        CompletableFuture<Void> sleep = machine.ctx.engine().sleeper().sleep(delay);
        pending = sleep;
        sleep.thenRun(this::refresh);
    }

    private void refresh() {
        if (closed.get() || lost.isDone()) {
            return;
        }
        CompletableFuture<Lease> r = machine.leases().refreshAsync(nonce, ttl);
        pending = r;
        r.whenComplete((l, e) -> {
            if (e == null) {
                lease = l;
                emit(LeaseEvent.Kind.REFRESHED, null);
                scheduleRefresh();
                return;
            }
            Throwable t = Futures.unwrap(e);
            if (closed.get()) {
                return;
            }
            if (t instanceof ConflictException || t instanceof NotFoundException) {
                markLost(new LeaseLostException("lease on machine " + machine.id() + " was lost: " + t.getMessage(), t));
                return;
            }
            Long expires = lease.expiresAt();
            Instant now = machine.ctx.engine().clock().instant();
            if (expires != null && !now.isBefore(Instant.ofEpochSecond(expires))) {
                markLost(new LeaseLostException("lease on machine " + machine.id()
                        + " expired while it could not be refreshed: " + t.getMessage(), t));
                return;
            }
            LOG.log(Level.DEBUG, "lease refresh on {0} failed ({1}); trying again", machine.id(),
                    t.getClass().getSimpleName());
            emit(LeaseEvent.Kind.REFRESH_FAILED, t);
            scheduleRefresh(refreshDelay().dividedBy(2));
        });
    }

    private void markLost(LeaseLostException e) {
        machine.ctx.forgetLease(machine.app(), machine.id(), nonce);
        machine.ctx.unregister(this);
        LOG.log(Level.WARNING, "{0}", e.getMessage());
        lost.complete(e);
        emit(LeaseEvent.Kind.LOST, e);
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
        closed.set(true);
        CompletableFuture<?> p = pending;
        if (p != null) {
            p.cancel(true);
        }
        machine.ctx.unregister(this);
        if (lost.isDone()) {
            release = CompletableFuture.completedFuture(null);
        } else {
            release = machine.leases().releaseAsync(nonce);
            if (observer != null) {
                release.whenComplete((v, e) -> emit(LeaseEvent.Kind.RELEASED, e == null ? null : Futures.unwrap(e)));
            }
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
                + (isLost() ? ", lost" : "") + (closed.get() ? ", closed" : "") + "]";
    }
}
