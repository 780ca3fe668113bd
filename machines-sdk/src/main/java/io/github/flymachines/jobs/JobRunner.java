package io.github.flymachines.jobs;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.WaitTimeoutException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.EventType;
import io.github.flymachines.model.ExitEvent;
import io.github.flymachines.model.InitConfig;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineEvent;
import io.github.flymachines.model.RestartConfig;
import io.github.flymachines.model.RestartPolicy;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.pool.MachinePool;
import io.github.flymachines.pool.PooledMachine;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@link Job}s to completion: each job's command becomes a machine's main process
 * ({@code init.exec}, restart policy {@code no}), the runner waits for the machine to stop, and
 * reads the exit code, signal and OOM kill from the machine's exit event.
 *
 * <ul>
 * <li>{@link #onNewMachines}: each job gets a new machine with {@code auto_destroy}, created
 * from a template (its regions are the fallback order).</li>
 * <li>{@link #onPool}: each job takes a ready machine of a {@link MachinePool}, runs with the
 * pool's config plus the job's command and env, and the machine's pool config is put back
 * (without starting it) before it returns to the pool.</li>
 * </ul>
 *
 * <p>A job that runs past its timeout, or whose future is cancelled, has its machine destroyed:
 * nothing is left behind. {@link #runAllAsync} runs many with bounded concurrency and returns one
 * result per job, in order. No thread is held while a job runs. Thread-safe.
 */
public final class JobRunner {
    /** The metadata key that names the job a machine runs. */
    public static final String JOB_METADATA_KEY = "machines_sdk_job";
    private static final Logger LOG = System.getLogger("io.github.flymachines.jobs");
    private static final Duration CLEANUP_TIMEOUT = Duration.ofMinutes(1);

    private final MachinesClient machines;
    private final CreateMachineRequest template;
    private final MachinePool pool;
    private final Clock clock;

    private JobRunner(MachinesClient machines, CreateMachineRequest template, MachinePool pool, Clock clock) {
        this.machines = machines;
        this.template = template;
        this.pool = pool;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A runner that creates a machine per job from {@code template} (its config gives the image
     * and guest, its fallback regions the placement order). {@code AppClient.jobs(...)} passes
     * the client's clock.
     *
     * @param machines the app's machines client
     * @param template the create request to start from
     * @param clock the clock for the timings
     * @return the runner
     * @throws FlyValidationException when the template has no config
     */
    public static JobRunner onNewMachines(MachinesClient machines, CreateMachineRequest template, Clock clock) {
        Objects.requireNonNull(machines, "machines");
        if (template == null || template.config() == null) {
            throw new FlyValidationException("template.config", "is required");
        }
        return new JobRunner(machines, template, null, clock);
    }

    /**
     * A runner that runs each job on a machine of {@code pool}.
     *
     * @param machines the app's machines client (the pool's app)
     * @param pool the pool
     * @param clock the clock for the timings
     * @return the runner
     */
    public static JobRunner onPool(MachinesClient machines, MachinePool pool, Clock clock) {
        return new JobRunner(Objects.requireNonNull(machines, "machines"), null, Objects.requireNonNull(pool, "pool"),
                clock);
    }

    /**
     * Runs one job. The future completes with a result for every outcome (exit, timeout, failure);
     * cancelling it destroys the job's machine.
     *
     * @param job the job
     * @return the result
     */
    public CompletableFuture<JobResult> runAsync(Job job) {
        Objects.requireNonNull(job, "job");
        Run r = new Run(job);
        r.begin();
        return r.result;
    }

    /**
     * Blocking form of {@link #runAsync(Job)}.
     *
     * @param job the job
     * @return the result
     */
    public JobResult run(Job job) {
        return Futures.join(runAsync(job));
    }

    /**
     * Runs many jobs, at most {@code concurrency} at once. Cancelling the future cancels the jobs
     * still running (destroying their machines) and starts no more.
     *
     * @param jobs the jobs
     * @param concurrency how many run at once
     * @return one result per job, in the jobs' order
     * @throws FlyValidationException when concurrency is below 1
     */
    public CompletableFuture<List<JobResult>> runAllAsync(List<Job> jobs, int concurrency) {
        if (concurrency < 1) {
            throw new FlyValidationException("concurrency", "must be >= 1, got " + concurrency);
        }
        List<Job> all = List.copyOf(jobs);
        List<CompletableFuture<JobResult>> each = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            each.add(new CompletableFuture<>());
        }
        CompletableFuture<List<JobResult>> out = CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
        AtomicInteger next = new AtomicInteger();
        List<CompletableFuture<JobResult>> running = java.util.Collections.synchronizedList(new ArrayList<>());
        out.whenComplete((v, e) -> {
            if (out.isCancelled()) {
                synchronized (running) {
                    running.forEach(f -> f.cancel(true));
                }
            }
        });
        Runnable[] lane = new Runnable[1];
        lane[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= all.size() || out.isDone()) {
                return;
            }
            CompletableFuture<JobResult> f = runAsync(all.get(i));
            running.add(f);
            f.whenComplete((r, e) -> {
                running.remove(f);
                if (e != null) {
                    each.get(i).completeExceptionally(Futures.unwrap(e));
                } else {
                    each.get(i).complete(r);
                }
                lane[0].run();
            });
        };
        for (int k = 0; k < Math.min(concurrency, all.size()); k++) {
            lane[0].run();
        }
        if (all.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return out;
    }

    /**
     * Blocking form of {@link #runAllAsync(List, int)}.
     *
     * @param jobs the jobs
     * @param concurrency how many run at once
     * @return one result per job, in order
     */
    public List<JobResult> runAll(List<Job> jobs, int concurrency) {
        return Futures.join(runAllAsync(jobs, concurrency));
    }

    @Override
    public String toString() {
        return "JobRunner[app=" + machines.app() + (pool != null ? ", pool=" + pool.name() : ", new machines") + "]";
    }

    /** The config a job runs with: its command as the main process, its env, never restarted. */
    static MachineConfig jobConfig(MachineConfig base, Job job, boolean autoDestroy, Map<String, String> tags) {
        InitConfig init = base.init() == null ? InitConfig.builder().build() : base.init();
        Map<String, String> env = new LinkedHashMap<>(base.env());
        env.putAll(job.env());
        Map<String, String> md = new LinkedHashMap<>(base.metadata());
        md.putAll(tags);
        return base.withInit(init.withExec(job.command())).withEnv(env).withRestart(RestartConfig.of(RestartPolicy.NO))
                .withAutoDestroy(autoDestroy).withMetadata(md);
    }

    /** One job's run: a small state machine of asynchronous steps. */
    private final class Run {
        final Job job;
        final CompletableFuture<JobResult> result = new CompletableFuture<>();
        final Instant t0 = clock.instant();
        final Instant deadline;
        volatile CompletableFuture<?> current;
        volatile String machineId;
        volatile String region;
        volatile PooledMachine held;

        Run(Job job) {
            this.job = job;
            this.deadline = t0.plus(job.timeout());
            result.whenComplete((v, e) -> {
                if (result.isCancelled()) {
                    CompletableFuture<?> c = current;
                    if (c != null) {
                        c.cancel(true);
                    }
                    cleanUp();
                }
            });
        }

        Duration remaining() {
            Duration d = Duration.between(clock.instant(), deadline);
            return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
        }

        <T> CompletableFuture<T> step(CompletableFuture<T> f) {
            current = f;
            if (result.isDone()) {
                f.cancel(true);
            }
            return f;
        }

        void begin() {
            if (pool == null) {
                beginNew();
            } else {
                beginPooled();
            }
        }

        void beginNew() {
            Map<String, String> tags = Map.of(JOB_METADATA_KEY, tag(job.name()));
            MachineConfig config = jobConfig(template.config(), job, true, tags);
            step(machines.createAsync(template.withConfig(config))).whenComplete((m, e) -> {
                if (e != null) {
                    finish(null, e);
                    return;
                }
                machineId = m.id();
                region = m.region();
                if (result.isDone()) {
                    cleanUp();
                    return;
                }
                MachineClient c = machines.withId(m.id());
                step(c.waitForAsync(List.of(WaitState.STOPPED, WaitState.DESTROYED), remaining()))
                        .whenComplete((o, we) -> finish(c, we));
            });
        }

        void beginPooled() {
            step(pool.reserveAsync()).whenComplete((h, e) -> {
                if (e != null) {
                    finish(null, e);
                    return;
                }
                held = h;
                machineId = h.id();
                region = h.region();
                if (result.isDone()) {
                    cleanUp();
                    return;
                }
                MachineClient c = h.client();
                Map<String, String> tags = Map.of(JOB_METADATA_KEY, tag(job.name()),
                        // a machine left with a job's config is stale to any pool that adopts it
                        MachinePool.CONFIG_METADATA_KEY, "job");
                MachineConfig config = jobConfig(pool.taggedConfig(), job, false, tags);
                step(c.getAsync().thenCompose(before -> c.updateAsync(UpdateMachineRequest.builder().config(config)
                        .currentVersion(before.currentVersion()).build()))
                        .thenCompose(updated -> step(c.waitForAsync(List.of(WaitState.STOPPED), remaining(),
                                updated.currentVersion()))))
                        .whenComplete((o, we) -> finish(c, we));
            });
        }

        /** The process exited (error == null) or the run failed: read the events, clean up, report. */
        void finish(MachineClient c, Throwable error) {
            if (result.isDone()) {
                return;
            }
            Throwable t = error == null ? null : Futures.unwrap(error);
            JobResult.Status status = t == null ? JobResult.Status.EXITED
                    : t instanceof WaitTimeoutException ? JobResult.Status.TIMED_OUT
                    : t instanceof CancellationException ? JobResult.Status.CANCELLED
                    : JobResult.Status.FAILED;
            CompletableFuture<List<MachineEvent>> events = c == null ? CompletableFuture.completedFuture(List.of())
                    : c.eventsAsync().exceptionally(ee -> List.of());
            events.whenComplete((list, ee) -> {
                List<MachineEvent> mine = ours(list == null ? List.of() : list);
                CompletableFuture<Void> after = status == JobResult.Status.EXITED && held != null ? putBack()
                        : cleanUp();
                after.whenComplete((v, ce) -> result.complete(build(status, mine, t)));
            });
        }

        /** Pool jobs that exited: restore the pool's config without starting, then release. */
        CompletableFuture<Void> putBack() {
            PooledMachine h = held;
            MachineClient c = h.client();
            MachineConfig config = pool.taggedConfig();
            return c.getAsync().thenCompose(before -> c.updateAsync(UpdateMachineRequest.builder().config(config)
                    .currentVersion(before.currentVersion()).skipLaunch(true).build()))
                    .thenCompose(updated -> c.waitForAsync(List.of(WaitState.STOPPED), CLEANUP_TIMEOUT,
                            updated.currentVersion()))
                    .thenCompose(o -> h.releaseAsync())
                    .exceptionallyCompose(e -> {
                        LOG.log(Level.INFO, "job {0}: could not restore pool machine {1}; discarding it", job.name(),
                                h.id());
                        return h.discardAsync();
                    });
        }

        /** Destroys the job's machine (a pool machine is discarded); errors are logged, never thrown. */
        CompletableFuture<Void> cleanUp() {
            PooledMachine h = held;
            if (h != null) {
                return h.discardAsync().exceptionally(e -> null);
            }
            String id = machineId;
            if (id == null) {
                return CompletableFuture.completedFuture(null);
            }
            MachineClient c = machines.withId(id);
            return c.destroyAsync(true).handle((v, e) -> {
                Throwable t = e == null ? null : Futures.unwrap(e);
                if (t != null && !(t instanceof NotFoundException)) {
                    LOG.log(Level.WARNING, "job {0}: could not destroy machine {1}: {2}", job.name(), id,
                            t.getMessage());
                }
                return t;
            }).thenCompose(t -> t != null ? CompletableFuture.<Void>completedFuture(null)
                    : c.waitForAsync(WaitState.DESTROYED, CLEANUP_TIMEOUT).handle((o, we) -> (Void) null));
        }

        List<MachineEvent> ours(List<MachineEvent> all) {
            Instant since = t0.truncatedTo(ChronoUnit.MILLIS);
            return all.stream().filter(e -> e.timestamp() == null || !e.timestamp().isBefore(since))
                    .sorted(Comparator.comparing((MachineEvent e) -> e.timestamp() == null ? Instant.EPOCH : e.timestamp())
                            .reversed())
                    .toList();
        }

        JobResult build(JobResult.Status status, List<MachineEvent> events, Throwable t) {
            MachineEvent exit = events.stream()
                    .filter(e -> EventType.EXIT.equals(e.type()) && e.request() != null && e.request().exitEvent() != null)
                    .findFirst().orElse(null);
            ExitEvent x = status == JobResult.Status.EXITED && exit != null ? exit.request().exitEvent() : null;
            Instant exitedAt = exit == null ? null : exit.timestamp();
            MachineEvent start = events.stream()
                    .filter(e -> EventType.START.equals(e.type()) && "started".equals(e.status())
                            && (exitedAt == null || e.timestamp() == null || !e.timestamp().isAfter(exitedAt)))
                    .findFirst().orElse(null);
            Duration startDelay = start == null || start.timestamp() == null ? Duration.ZERO
                    : nonNegative(Duration.between(t0.truncatedTo(ChronoUnit.MILLIS), start.timestamp()));
            Duration run = x == null || start == null || start.timestamp() == null || exitedAt == null ? Duration.ZERO
                    : nonNegative(Duration.between(start.timestamp(), exitedAt));
            Integer signal = x == null ? null : x.signal() != null ? x.signal() : x.guestSignal();
            String failure = t == null ? (x == null ? "the machine stopped without an exit event" : null)
                    : t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
            return new JobResult(job.name(), status, machineId, region, x == null ? null : x.exitCode(), signal,
                    x != null && Boolean.TRUE.equals(x.oomKilled()), startDelay, run,
                    Duration.between(t0, clock.instant()), events, failure);
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static String tag(String name) {
        String t = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return t.length() > 63 ? t.substring(0, 63) : t;
    }
}
