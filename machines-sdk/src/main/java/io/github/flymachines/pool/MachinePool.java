package io.github.flymachines.pool;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.flymachines.Sleeper;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.internal.observe.Listeners;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.lifecycle.RunOptions;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ListMachinesQuery;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.observe.PoolEvent;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A warm pool: machines of one config, created ahead of time and kept stopped (or suspended),
 * started on demand.
 *
 * <ul>
 * <li>{@link #acquire()} starts a ready machine (the fast path) or, when none is ready and the
 * pool is below {@link PoolOptions#maxSize()}, creates one with region fallback (the slow path).
 * At the maximum it waits for a release, up to {@link PoolOptions#acquireTimeout()}. The
 * {@link PooledMachine} it returns holds a lease on the machine.</li>
 * <li>{@link PooledMachine#release()} stops or suspends the machine and makes it ready again; a
 * machine of a stale config, a failed one or one whose lease was lost is destroyed instead.</li>
 * <li>In the background the pool keeps {@link PoolOptions#minSize()} machines ready, creating at
 * most {@link PoolOptions#replenishConcurrency()} at once (every request goes through the
 * client, so its retry and rate-limit policies apply), and backs off after failures. Ready
 * machines beyond the minimum that stay unused for {@link PoolOptions#idleTimeout()} are destroyed.</li>
 * <li>{@link #updateConfig(MachineConfig)} replaces the ready machines rolling: a machine of the
 * old config is destroyed only once a new one is ready in its place (or the pool is at its
 * maximum), one at a time.</li>
 * <li>Every machine is tagged in its metadata with {@value #POOL_METADATA_KEY} (the pool's name)
 * and {@value #CONFIG_METADATA_KEY} (a digest of the config). Opening a pool adopts the tagged
 * machines of an earlier pool of the same name, for example after a JVM restart, instead of
 * creating more. One pool instance per name and app at a time.</li>
 * <li>{@link #close()} destroys or keeps the machines by {@link PoolOptions#shutdownPolicy()}.</li>
 * </ul>
 *
 * <p>Nothing here holds a thread while it waits: every step is an asynchronous request or a
 * sleep on the client's sleeper. Events go to {@link PoolOptions#listener()}. Thread-safe.
 *
 * <pre>{@code
 * try (MachinePool pool = fly.app("my-app").pool(PoolOptions.builder("workers", config)
 *         .regions("ord", "iad").minSize(2).maxSize(10).build())) {
 *     try (PooledMachine m = pool.acquire()) {
 *         ExecResult r = m.client().exec("echo", "hello");
 *     }
 * }
 * }</pre>
 */
public final class MachinePool implements AutoCloseable {
    /** The metadata key that names a machine's pool. */
    public static final String POOL_METADATA_KEY = "machines_sdk_pool";
    /** The metadata key that holds the digest of the config a pool machine was made with. */
    public static final String CONFIG_METADATA_KEY = "machines_sdk_pool_config";
    private static final Logger LOG = System.getLogger("io.github.flymachines.pool");
    private static final Duration BACKOFF_MIN = Duration.ofSeconds(1);
    private static final Duration BACKOFF_MAX = Duration.ofSeconds(30);
    private static final int DESTROY_ATTEMPTS = 6;

    private enum State { READY, IN_USE, RELEASING, DESTROYING }

    private static final class Member {
        final String id;
        final String region;
        final String hash;
        State state;
        Instant idleSince;
        Instant coolUntil = Instant.MIN;
        boolean out;

        Member(String id, String region, String hash, State state) {
            this.id = id;
            this.region = region;
            this.hash = hash;
            this.state = state;
        }
    }

    private static final class Waiter {
        final CompletableFuture<PooledMachine> result = new CompletableFuture<>();
        final boolean start;
        final Instant since;
        CompletableFuture<Void> timer;

        Waiter(boolean start, Instant since) {
            this.start = start;
            this.since = since;
        }
    }

    private final MachinesClient machines;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private PoolOptions options;
    private String hash;
    private int creatingForPool;
    private int creatingForCallers;
    private int failures;
    private Instant backoffUntil = Instant.MIN;
    private final Wakeup backoffTimer = new Wakeup();
    private final Wakeup idleTimer = new Wakeup();
    private boolean closed;
    private CompletableFuture<Void> closing;
    private final List<CompletableFuture<Void>> steadyWaiters = new ArrayList<>();
    private final Wakeup coolTimer = new Wakeup();

    private final FlyListener clientListener;

    private MachinePool(MachinesClient machines, PoolOptions options, Clock clock, Sleeper sleeper,
            FlyListener clientListener) {
        this.clientListener = clientListener;
        this.machines = machines;
        this.options = options;
        this.hash = digest(options.config());
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Opens a pool: adopts the machines an earlier pool of the same name left in the app, then
     * starts replenishing in the background. {@code AppClient.pool(PoolOptions)} calls this with
     * the client's clock and sleeper.
     *
     * @param machines the app's machines client
     * @param options the options
     * @param clock the clock for timings and idle timeouts
     * @param sleeper the sleeper for back-offs, idle timers and acquire timeouts
     * @return completes with the open pool once adoption is done
     */
    public static CompletableFuture<MachinePool> openAsync(MachinesClient machines, PoolOptions options, Clock clock,
            Sleeper sleeper) {
        return openAsync(machines, options, clock, sleeper, null);
    }

    /**
     * Opens a pool that also reports its events to a client's listeners. See
     * {@link #openAsync(MachinesClient, PoolOptions, Clock, Sleeper)}; {@code AppClient.pool} passes
     * the client's listeners here.
     *
     * @param machines the app's machines client
     * @param options the options
     * @param clock the clock for timings and idle timeouts
     * @param sleeper the sleeper for back-offs, idle timers and acquire timeouts
     * @param listener receives every {@link PoolEvent} through {@link FlyListener#onPoolEvent}
     *        (its exceptions are caught), or null for none
     * @return completes with the open pool once adoption is done
     */
    public static CompletableFuture<MachinePool> openAsync(MachinesClient machines, PoolOptions options, Clock clock,
            Sleeper sleeper, FlyListener listener) {
        Objects.requireNonNull(machines, "machines");
        Objects.requireNonNull(options, "options");
        MachinePool pool = new MachinePool(machines, options, Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(sleeper, "sleeper"), listener == null ? null : Listeners.combine(List.of(listener)));
        return pool.adopt().thenApply(v -> {
            pool.reconcile();
            return pool;
        });
    }

    /**
     * Blocking form of {@link #openAsync(MachinesClient, PoolOptions, Clock, Sleeper)}.
     *
     * @param machines the app's machines client
     * @param options the options
     * @param clock the clock
     * @param sleeper the sleeper
     * @return the open pool
     */
    public static MachinePool open(MachinesClient machines, PoolOptions options, Clock clock, Sleeper sleeper) {
        return Futures.join(openAsync(machines, options, clock, sleeper));
    }

    /** @return the current options (with the config of the last {@link #updateConfig}) */
    public synchronized PoolOptions options() {
        return options;
    }

    /** @return the pool's name */
    public String name() {
        return options().name();
    }

    /** @return a snapshot of the pool's machines by what they are doing */
    public synchronized PoolStats stats() {
        int ready = 0;
        int stale = 0;
        int inUse = 0;
        int releasing = 0;
        int destroying = 0;
        for (Member m : members.values()) {
            switch (m.state) {
                case READY -> {
                    if (m.hash.equals(hash)) {
                        ready++;
                    } else {
                        stale++;
                    }
                }
                case IN_USE -> inUse++;
                case RELEASING -> releasing++;
                case DESTROYING -> destroying++;
                default -> throw new IllegalStateException();
            }
        }
        return new PoolStats(ready, stale, inUse, creatingForPool + creatingForCallers, releasing, destroying,
                (int) waiters.stream().filter(w -> !w.result.isDone()).count());
    }

    /**
     * Hands out a started machine under a lease: a ready one when there is one, otherwise a new
     * one (when below the maximum), otherwise the next one released. No thread is held while it
     * waits. Cancelling the future gives back a machine that arrives later.
     *
     * @return completes with the machine, or fails with {@link FlyTimeoutException} after
     *     {@link PoolOptions#acquireTimeout()} of waiting at the maximum size, with the create's failure on the slow path, or
     *     with {@link IllegalStateException} when the pool is closed
     */
    public CompletableFuture<PooledMachine> acquireAsync() {
        return enqueue(true);
    }

    /**
     * Blocking form of {@link #acquireAsync()}.
     *
     * @return the machine; release it when done
     */
    public PooledMachine acquire() {
        return Futures.join(acquireAsync());
    }

    /**
     * Like {@link #acquireAsync()}, but the machine is not started: it is handed out stopped (or
     * suspended, or just created) under a lease, for a caller that changes its config first and
     * starts it that way, as {@code JobRunner} does. A caller that leaves a config other than the
     * pool's on it must {@linkplain PooledMachine#discard() discard} it rather than release it.
     *
     * @return completes with the reserved machine
     */
    public CompletableFuture<PooledMachine> reserveAsync() {
        return enqueue(false);
    }

    /**
     * Completes when the pool has reached its target: {@link PoolOptions#minSize()} machines of
     * the current config ready (or as many as {@link PoolOptions#maxSize()} leaves room for),
     * none of an old config left ready, and no create, stop or destroy in flight. Useful to warm
     * a pool up before traffic arrives, and in tests.
     *
     * @return completes when steady; fails with {@link IllegalStateException} when the pool is closed
     */
    public CompletableFuture<Void> awaitSteadyAsync() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("pool " + options.name() + " is closed"));
            }
            steadyWaiters.add(f);
        }
        reconcile();
        return f;
    }

    /**
     * Blocking form of {@link #awaitSteadyAsync()}.
     */
    public void awaitSteady() {
        Futures.join(awaitSteadyAsync());
    }

    /**
     * Changes the pool's config. Ready machines of the old config are replaced rolling (never all
     * at once); machines in use are destroyed on release.
     *
     * @param config the new config
     */
    public void updateConfig(MachineConfig config) {
        PoolOptions next = options().withConfig(config);
        synchronized (this) {
            options = next;
            hash = digest(config);
        }
        reconcile();
    }

    /** @return the pool's config with its metadata tags, as the pool creates its machines */
    public synchronized MachineConfig taggedConfig() {
        return tag(options.config(), hash);
    }

    /**
     * Closes the pool by its {@link PoolOptions#shutdownPolicy()}: waiting acquires fail, ready
     * machines are destroyed (or kept), creates in flight finish and are handled the same way.
     * Machines still in use are destroyed (or stopped and kept) when released.
     *
     * @return completes when no machine of the pool is being created, stopped or destroyed, and
     *     (with {@link ShutdownPolicy#DESTROY}) none but those in use is left
     */
    public CompletableFuture<Void> closeAsync() {
        CompletableFuture<Void> c;
        synchronized (this) {
            if (closing == null) {
                closed = true;
                closing = new CompletableFuture<>();
            }
            c = closing;
        }
        reconcile();
        return c;
    }

    /** Blocking form of {@link #closeAsync()}. */
    @Override
    public void close() {
        Futures.join(closeAsync());
    }

    @Override
    public String toString() {
        return "MachinePool[" + name() + ", app=" + machines.app() + ", " + stats() + "]";
    }

    // ------------------------------------------------------------------ acquire

    private CompletableFuture<PooledMachine> enqueue(boolean start) {
        Waiter w = new Waiter(start, clock.instant());
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("pool " + options.name() + " is closed"));
            }
            waiters.add(w);
        }
        w.result.whenComplete((v, e) -> {
            CompletableFuture<Void> timer;
            synchronized (this) {
                waiters.remove(w);
                timer = w.timer;
            }
            if (timer != null) {
                timer.cancel(false);
            }
        });
        reconcile();
        return w.result;
    }

    /** Starts the acquire timeout of a caller that has to wait for a release (the pool is at its maximum). */
    private void startTimer(Waiter w) {
        Duration timeout = options().acquireTimeout();
        Duration left = timeout.minus(Duration.between(w.since, clock.instant()));
        CompletableFuture<Void> timer = sleeper.sleep(left.isNegative() ? Duration.ZERO : left);
        boolean done;
        synchronized (this) {
            w.timer = timer;
            done = w.result.isDone();
        }
        if (done) {
            timer.cancel(false);
            return;
        }
        timer.thenRun(() -> {
            if (w.result.completeExceptionally(new FlyTimeoutException("no machine of pool " + name()
                    + " became available within " + timeout, null, FlyTimeoutException.Kind.CALL, timeout, false))) {
                emit(PoolEvent.Type.ACQUIRE_FAILED, null, null, Duration.between(w.since, clock.instant()),
                        "timed out");
            }
        });
    }

    private void warmStart(Waiter w, Member m) {
        MachineClient plain = machines.withId(m.id);
        plain.leaseAsync(options().leaseTtl(), "machines-sdk pool " + name()).whenComplete((lease, le) -> {
            if (le != null) {
                Throwable t = Futures.unwrap(le);
                synchronized (this) {
                    requeue(w);
                    if (t instanceof NotFoundException) {
                        members.remove(m.id); // gone
                    } else {
                        // someone else holds a lease (one granted to us whose answer was lost is
                        // adopted by the SDK's acquire): skip the machine until such a lease has run out
                        m.state = State.READY;
                        m.coolUntil = clock.instant().plus(options.leaseTtl()).plusSeconds(1);
                    }
                }
                LOG.log(Level.INFO, "pool {0}: could not lease ready machine {1} ({2})", name(), m.id,
                        t.getClass().getSimpleName());
                reconcile();
                return;
            }
            CompletableFuture<?> ready = w.start
                    ? lease.machine().startAsync().thenCompose(r -> lease.machine().waitForAsync(WaitState.STARTED,
                            options().operationTimeout()))
                    : CompletableFuture.completedFuture(null);
            ready.whenComplete((o, se) -> {
                if (se != null) {
                    LOG.log(Level.INFO, "pool {0}: ready machine {1} did not start ({2}); destroying it", name(), m.id,
                            describe(se));
                    synchronized (this) {
                        requeue(w);
                    }
                    destroy(m, lease, describe(se));
                    return;
                }
                handOut(w, m, lease, true);
            });
        });
    }

    /**
     * Hands a leased member to a waiter: the handle, the acquired event, the member marked out; a
     * waiter that gave up meanwhile gets nothing and the handle goes back to the pool.
     */
    private void handOut(Waiter w, Member m, HeldLease lease, boolean warm) {
        PooledMachine h = new PooledMachine(this, m.id, m.region, lease, warm,
                Duration.between(w.since, clock.instant()));
        emit(warm ? PoolEvent.Type.ACQUIRED_WARM : PoolEvent.Type.ACQUIRED_COLD, m.id, m.region, h.acquiredIn(),
                null);
        synchronized (this) {
            m.out = true;
        }
        reconcile(); // waiters at the maximum start their timers now
        if (!w.result.complete(h)) {
            h.releaseAsync();
        }
    }

    private void requeue(Waiter w) {
        if (!w.result.isDone()) {
            waiters.addFirst(w);
        }
    }

    private void coldCreate(Waiter w, MachineConfig config, String digest) {
        CreateMachineRequest req = request(config, digest).withSkipLaunch(w.start ? null : Boolean.TRUE);
        CompletableFuture<Machine> made = w.start ? machines.runAsync(req, runOptions())
                : machines.createAsync(req);
        made.whenComplete((machine, e) -> {
            if (e != null) {
                synchronized (this) {
                    creatingForCallers--;
                }
                emit(PoolEvent.Type.ACQUIRE_FAILED, null, null, Duration.between(w.since, clock.instant()), describe(e));
                w.result.completeExceptionally(Futures.unwrap(e));
                reconcile();
                return;
            }
            Member m = new Member(machine.id(), machine.region(), digest, State.IN_USE);
            synchronized (this) {
                creatingForCallers--;
                members.put(m.id, m);
            }
            emit(PoolEvent.Type.CREATED, m.id, m.region, Duration.between(w.since, clock.instant()), null);
            machines.withId(m.id).leaseAsync(options().leaseTtl(), "machines-sdk pool " + name())
                    .whenComplete((lease, le) -> {
                        if (le != null) {
                            w.result.completeExceptionally(Futures.unwrap(le));
                            destroy(m, null, describe(le));
                            return;
                        }
                        handOut(w, m, lease, false);
                    });
        });
    }

    // ------------------------------------------------------------------ release

    CompletableFuture<Void> giveBack(PooledMachine h, boolean discard) {
        Member m;
        boolean destroy = false;
        synchronized (this) {
            m = members.get(h.id());
            if (m == null || m.state != State.IN_USE) {
                m = null;
            } else {
                m.state = State.RELEASING;
                m.out = false;
                destroy = discard || !m.hash.equals(hash) || h.lease().isLost()
                        || (closed && options.shutdownPolicy() == ShutdownPolicy.DESTROY);
            }
        }
        if (m == null) {
            return h.lease().closeAsync().exceptionally(e -> null);
        }
        if (destroy) {
            return destroy(m, h.lease(), discard ? "discarded" : "not reusable");
        }
        return park(m, h.lease());
    }

    /** Stops or suspends a machine and makes it ready; destroys it when that fails. */
    private CompletableFuture<Void> park(Member m, HeldLease lease) {
        MachineClient c = lease == null ? machines.withId(m.id) : lease.machine();
        Duration t = options().operationTimeout();
        boolean suspend = options().releaseMode() == ReleaseMode.SUSPEND;
        CompletableFuture<?> parked = (suspend ? c.suspendAsync() : c.stopAsync())
                .thenCompose(v -> c.waitForAsync(List.of(WaitState.STOPPED, WaitState.SUSPENDED), t))
                .exceptionallyCompose(e -> c.getAsync().thenCompose(now -> {
                    // a machine whose process already exited is stopped: as good as parked
                    if (MachineState.STOPPED.equals(now.state()) || MachineState.SUSPENDED.equals(now.state())) {
                        return CompletableFuture.completedFuture(null);
                    }
                    return CompletableFuture.failedFuture(Futures.unwrap(e));
                }));
        CompletableFuture<Void> done = new CompletableFuture<>();
        parked.whenComplete((o, e) -> {
            if (e != null) {
                destroy(m, lease, describe(e)).whenComplete((v, de) -> done.complete(null));
                return;
            }
            CompletableFuture<Void> closed = lease == null ? CompletableFuture.completedFuture(null)
                    : lease.closeAsync().exceptionally(le -> null);
            closed.whenComplete((v, le) -> {
                boolean destroyNow;
                synchronized (this) {
                    m.state = State.READY;
                    m.idleSince = clock.instant();
                    destroyNow = this.closed && options.shutdownPolicy() == ShutdownPolicy.DESTROY;
                    if (destroyNow) {
                        m.state = State.DESTROYING;
                    }
                }
                emit(PoolEvent.Type.RELEASED, m.id, m.region, Duration.ZERO, null);
                if (destroyNow) {
                    destroy(m, null, "pool closed");
                } else {
                    reconcile();
                }
                done.complete(null);
            });
        });
        return done;
    }

    /** Destroys a machine (retrying a few times), then forgets it. */
    private CompletableFuture<Void> destroy(Member m, HeldLease lease, String reason) {
        synchronized (this) {
            m.state = State.DESTROYING;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        destroyAttempt(m, lease, reason, 1, done);
        return done;
    }

    private void destroyAttempt(Member m, HeldLease lease, String reason, int attempt, CompletableFuture<Void> done) {
        MachineClient c = lease == null || lease.isLost() ? machines.withId(m.id) : lease.machine();
        c.destroyAsync(true).whenComplete((v, e) -> {
            Throwable t = e == null ? null : Futures.unwrap(e);
            if (t != null && !(t instanceof NotFoundException) && attempt < DESTROY_ATTEMPTS) {
                Duration pause = backoff(attempt);
                LOG.log(Level.INFO, "pool {0}: destroy of {1} failed ({2}); again in {3}", name(), m.id,
                        t.getClass().getSimpleName(), pause);
                sleeper.sleep(pause).whenComplete((x, se) -> destroyAttempt(m, lease, reason, attempt + 1, done));
                return;
            }
            if (t != null && !(t instanceof NotFoundException)) {
                LOG.log(Level.WARNING, "pool {0}: could not destroy machine {1}: {2}", name(), m.id, t.getMessage());
            }
            // wait until it is gone, so that a closed pool leaves nothing behind
            CompletableFuture<?> gone = t != null ? CompletableFuture.completedFuture(null)
                    : machines.withId(m.id).waitForAsync(WaitState.DESTROYED, options().operationTimeout())
                            .exceptionally(we -> null);
            CompletableFuture<Void> released = gone.thenCompose(g -> lease == null || lease.isLost()
                    ? CompletableFuture.completedFuture(null) : lease.closeAsync().exceptionally(le -> null));
            released.whenComplete((x, le) -> {
                synchronized (this) {
                    members.remove(m.id);
                }
                emit(PoolEvent.Type.DESTROYED, m.id, m.region, Duration.ZERO, t == null ? reason : describe(t));
                reconcile();
                done.complete(null);
            });
        });
    }

    // ------------------------------------------------------------------ replenish

    private void replenishOne(MachineConfig config, String digest) {
        Instant t0 = clock.instant();
        machines.runAsync(request(config, digest), runOptions()).whenComplete((machine, e) -> {
            if (e != null) {
                synchronized (this) {
                    creatingForPool--;
                    failures++;
                    backoffUntil = clock.instant().plus(backoff(failures));
                }
                LOG.log(Level.INFO, "pool {0}: replenishing failed: {1}", name(), describe(e));
                emit(PoolEvent.Type.REPLENISH_FAILED, null, null, Duration.between(t0, clock.instant()), describe(e));
                reconcile();
                return;
            }
            Member m = new Member(machine.id(), machine.region(), digest, State.RELEASING);
            synchronized (this) {
                creatingForPool--;
                failures = 0;
                members.put(m.id, m);
            }
            emit(PoolEvent.Type.CREATED, m.id, m.region, Duration.between(t0, clock.instant()), null);
            park(m, null);
        });
    }

    private RunOptions runOptions() {
        return RunOptions.DEFAULTS.withWaitTimeout(options().operationTimeout());
    }

    private CreateMachineRequest request(MachineConfig config, String digest) {
        CreateMachineRequest req = CreateMachineRequest.of(tag(config, digest));
        List<String> regions = options().regions();
        return regions.isEmpty() ? req : req.withFallbackRegions(regions);
    }

    private MachineConfig tag(MachineConfig config, String digest) {
        Map<String, String> md = new LinkedHashMap<>(config.metadata());
        md.put(POOL_METADATA_KEY, name());
        md.put(CONFIG_METADATA_KEY, digest);
        return config.withMetadata(md);
    }

    private static Duration backoff(int failures) {
        long ms = BACKOFF_MIN.toMillis() << Math.min(failures - 1, 10);
        return Duration.ofMillis(Math.min(ms, BACKOFF_MAX.toMillis()));
    }

    // ------------------------------------------------------------------ adoption

    private CompletableFuture<Void> adopt() {
        return machines.listAsync(ListMachinesQuery.byMetadata(POOL_METADATA_KEY, options.name())).thenAccept(list -> {
            List<Runnable> actions = new ArrayList<>();
            synchronized (this) {
                for (Machine machine : list) {
                    MachineState s = machine.state();
                    if (machine.id() == null || MachineState.DESTROYED.equals(s) || MachineState.DESTROYING.equals(s)) {
                        continue;
                    }
                    String digest = machine.configOrEmpty().metadata().getOrDefault(CONFIG_METADATA_KEY, "");
                    Member m = new Member(machine.id(), machine.region(), digest, State.READY);
                    m.idleSince = clock.instant();
                    members.put(m.id, m);
                    if (MachineState.FAILED.equals(s)) {
                        m.state = State.DESTROYING;
                        actions.add(() -> destroy(m, null, "adopted failed"));
                    } else if (!(MachineState.STOPPED.equals(s) || MachineState.SUSPENDED.equals(s)
                            || MachineState.CREATED.equals(s))) {
                        // left running by a pool that is gone: stop it and it becomes ready
                        m.state = State.RELEASING;
                        actions.add(() -> park(m, null));
                    }
                    actions.add(() -> emit(PoolEvent.Type.ADOPTED, m.id, m.region, Duration.ZERO, null));
                }
            }
            actions.forEach(Runnable::run);
        });
    }

    // ------------------------------------------------------------------ the reconciler

    /** Decides under the lock what to do next, then does it outside the lock. */
    private void reconcile() {
        List<Runnable> actions = new ArrayList<>();
        CompletableFuture<Void> closedNow = null;
        synchronized (this) {
            waiters.removeIf(w -> w.result.isDone());
            Instant now = clock.instant();
            if (closed) {
                for (Waiter w : waiters) {
                    actions.add(() -> w.result.completeExceptionally(
                            new IllegalStateException("pool " + options.name() + " is closed")));
                }
                waiters.clear();
                for (CompletableFuture<Void> f : steadyWaiters) {
                    actions.add(() -> f.completeExceptionally(new IllegalStateException("pool " + options.name()
                            + " is closed")));
                }
                steadyWaiters.clear();
                boolean busy = creatingForPool + creatingForCallers > 0;
                for (Member m : members.values()) {
                    if (m.state == State.READY && options.shutdownPolicy() == ShutdownPolicy.DESTROY) {
                        m.state = State.DESTROYING;
                        actions.add(() -> destroy(m, null, "pool closed"));
                    }
                    if (m.state == State.RELEASING || m.state == State.DESTROYING) {
                        busy = true;
                    }
                }
                if (!busy && !closing.isDone()) {
                    closedNow = closing;
                }
            } else {
                planAcquires(actions);
                planReplenish(actions, now);
                planRollout(actions);
                planIdle(actions, now);
                planCooling(actions, now);
                if (!steadyWaiters.isEmpty() && steady()) {
                    List<CompletableFuture<Void>> done = List.copyOf(steadyWaiters);
                    steadyWaiters.clear();
                    actions.add(() -> done.forEach(f -> f.complete(null)));
                }
            }
        }
        actions.forEach(Runnable::run);
        if (closedNow != null) {
            closedNow.complete(null);
        }
    }

    private boolean steady() {
        if (creatingForPool + creatingForCallers > 0 || count(State.READY, false) > 0) {
            return false;
        }
        for (Member m : members.values()) {
            if (m.state == State.RELEASING || m.state == State.DESTROYING) {
                return false;
            }
        }
        return count(State.READY, true) >= options.minSize() || total() >= options.maxSize();
    }

    private void planCooling(List<Runnable> actions, Instant now) {
        if (waiters.isEmpty()) {
            return;
        }
        Instant next = null;
        for (Member m : members.values()) {
            if (m.state == State.READY && m.coolUntil.isAfter(now) && (next == null || m.coolUntil.isBefore(next))) {
                next = m.coolUntil;
            }
        }
        if (next != null) {
            coolTimer.armBy(next, now, actions);
        }
    }

    private int total() {
        return members.size() + creatingForPool + creatingForCallers;
    }

    private Member readyMember() {
        Member best = null;
        for (Member m : members.values()) {
            if (m.state == State.READY && m.hash.equals(hash) && !m.coolUntil.isAfter(clock.instant())) {
                int rank = regionRank(m.region);
                if (best == null || rank < regionRank(best.region)) {
                    best = m;
                }
            }
        }
        return best;
    }

    private int regionRank(String region) {
        int i = options.regions().indexOf(region);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private void planAcquires(List<Runnable> actions) {
        while (!waiters.isEmpty()) {
            Member m = readyMember();
            if (m != null) {
                Waiter w = waiters.poll();
                m.state = State.IN_USE;
                actions.add(() -> warmStart(w, m));
            } else if (total() < options.maxSize()) {
                Waiter w = waiters.poll();
                creatingForCallers++;
                MachineConfig config = options.config();
                String digest = hash;
                actions.add(() -> coldCreate(w, config, digest));
            } else {
                if (!onlyHandedOut()) {
                    return; // a machine is on its way (or being started for another caller): no wait yet
                }
                for (Waiter w : waiters) {
                    if (w.timer == null) {
                        w.timer = new CompletableFuture<>(); // placeholder until started outside the lock
                        actions.add(() -> startTimer(w));
                    }
                }
                return;
            }
        }
    }

    /** True when every machine is in a caller's hands and nothing is being created, released or destroyed. */
    private boolean onlyHandedOut() {
        if (creatingForPool + creatingForCallers > 0) {
            return false;
        }
        for (Member m : members.values()) {
            if (m.state != State.IN_USE || !m.out) {
                return false;
            }
        }
        return true;
    }

    private int count(State state, boolean fresh) {
        int n = 0;
        for (Member m : members.values()) {
            if (m.state == state && m.hash.equals(hash) == fresh) {
                n++;
            }
        }
        return n;
    }

    private void planReplenish(List<Runnable> actions, Instant now) {
        int freshReady = count(State.READY, true);
        int parking = count(State.RELEASING, true);
        int want = options.minSize() - freshReady - parking - creatingForPool;
        if (want <= 0) {
            return;
        }
        if (now.isBefore(backoffUntil)) {
            if (backoffTimer.at == null || backoffTimer.at.isAfter(backoffUntil)) {
                backoffTimer.arm(backoffUntil, actions);
            }
            return;
        }
        while (want > 0 && creatingForPool < options.replenishConcurrency() && total() < options.maxSize()) {
            want--;
            creatingForPool++;
            MachineConfig config = options.config();
            String digest = hash;
            actions.add(() -> replenishOne(config, digest));
        }
    }

    private void planRollout(List<Runnable> actions) {
        for (Member m : members.values()) {
            if (m.state == State.DESTROYING && !m.hash.equals(hash)) {
                return; // one stale machine at a time
            }
        }
        int freshReady = count(State.READY, true);
        int stale = count(State.READY, false);
        if (stale == 0) {
            return;
        }
        boolean stuck = total() >= options.maxSize() && creatingForPool == 0 && count(State.RELEASING, true) == 0;
        if (freshReady + stale > options.minSize() || stuck) {
            for (Member m : members.values()) {
                if (m.state == State.READY && !m.hash.equals(hash)) {
                    m.state = State.DESTROYING;
                    actions.add(() -> destroy(m, null, "stale config"));
                    return;
                }
            }
        }
    }

    private void planIdle(List<Runnable> actions, Instant now) {
        int extras = count(State.READY, true) - options.minSize();
        if (extras <= 0) {
            return;
        }
        List<Member> ready = members.values().stream()
                .filter(m -> m.state == State.READY && m.hash.equals(hash))
                .sorted(Comparator.comparing(m -> m.idleSince))
                .toList();
        Instant next = null;
        for (Member m : ready) {
            if (extras == 0) {
                break;
            }
            Instant expires = m.idleSince.plus(options.idleTimeout());
            if (!expires.isAfter(now)) {
                extras--;
                m.state = State.DESTROYING;
                actions.add(() -> destroy(m, null, "idle"));
            } else {
                next = next == null || expires.isBefore(next) ? expires : next;
                break; // sorted: the others expire later
            }
        }
        if (next != null) {
            idleTimer.armBy(next, now, actions);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void emit(PoolEvent.Type type, String id, String region, Duration took, String failure) {
        PoolEvent e = new PoolEvent(type, options().name(), id, region, took, failure);
        try {
            options().listener().accept(e);
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "pool {0}: listener threw {1}", e.pool(), ex.getClass().getName());
        }
        Listeners.poolEvent(clientListener, e); // safe: never throws
    }

    private static String describe(Throwable e) {
        Throwable t = Futures.unwrap(e);
        if (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** A digest of the config: what the pool compares to tell a machine's config is stale. */
    static String digest(MachineConfig config) {
        try {
            byte[] json = Json.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(config);
            byte[] d = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FlyException("could not digest the pool config", e);
        }
    }

    /**
     * A wake-up of the reconcile loop at one instant (guarded by the pool's lock). Arming it again
     * supersedes the earlier arming: only the latest one clears it when it fires.
     */
    private final class Wakeup {
        private Instant at;

        /**
         * Plans a sleep until the instant, after which the wake-up is cleared (unless armed again
         * meanwhile) and the pool reconciles.
         */
        void arm(Instant when, List<Runnable> actions) {
            at = when;
            actions.add(() -> sleeper.sleep(Duration.between(clock.instant(), when)).whenComplete((v, e) -> {
                synchronized (MachinePool.this) {
                    if (when.equals(at)) {
                        at = null;
                    }
                }
                reconcile();
            }));
        }

        /** Arms it for the instant unless it is already armed for a sooner one still to come. */
        void armBy(Instant when, Instant now, List<Runnable> actions) {
            if (at == null || when.isBefore(at) || !at.isAfter(now)) {
                arm(when, actions);
            }
        }
    }
}
