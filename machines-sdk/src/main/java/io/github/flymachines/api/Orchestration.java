package io.github.flymachines.api;

import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.MachineFailedException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.UnexpectedStateException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.validate.Validator;
import io.github.flymachines.lifecycle.ConfigDiff;
import io.github.flymachines.lifecycle.EphemeralMachine;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.lifecycle.RunOptions;
import io.github.flymachines.lifecycle.ScaleOutException;
import io.github.flymachines.lifecycle.ScaleOutRequest;
import io.github.flymachines.lifecycle.ScaleOutResult;
import io.github.flymachines.lifecycle.UpdateOptions;
import io.github.flymachines.lifecycle.UpdateResult;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.RestartConfig;
import io.github.flymachines.model.RestartPolicy;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitState;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** The multi-step operations: run, ephemeral machines, clone, update with diff, scale-out. */
final class Orchestration {
    private static final Logger LOG = System.getLogger("io.github.flymachines.lifecycle");
    /** How long an ephemeral machine's close waits for {@code destroyed}. */
    static final Duration DESTROY_WAIT = Duration.ofMinutes(2);

    private Orchestration() {
    }

    private static Instant now(MachineClient m) {
        return m.ctx.engine().clock().instant();
    }

    // ---- update

    static CompletableFuture<UpdateResult> update(MachineClient machine, UnaryOperator<MachineConfig> change,
            UpdateOptions opts) {
        Instant t0 = now(machine);
        if (opts.dryRun()) {
            return machine.getAsync().thenApply(m -> {
                MachineConfig before = m.configOrEmpty();
                MachineConfig after = Validator.changed(change.apply(before));
                return new UpdateResult(null, ConfigDiff.between(before, after), null, Duration.between(t0, now(machine)));
            });
        }
        LeaseHandle held = machine.holder();
        if (held != null || machine.currentNonce() != null) {
            // inside a held lease: use its nonce; no second acquire, no conflict with ourselves
            return underLease(machine, held, machine, change, opts, t0);
        }
        return LeaseHandle.acquire(machine, opts.leaseTtl(), "machines-sdk update").thenCompose(lease -> {
            CompletableFuture<UpdateResult> work = underLease(machine, (LeaseHandle) lease, lease.machine(), change,
                    opts, t0);
            // release the lease in every case, then hand back the work's own outcome
            return work.handle((r, e) -> lease.closeAsync().handle((v, releaseError) -> {
                if (e != null) {
                    Throwable t = Futures.unwrap(e);
                    if (releaseError != null) {
                        t.addSuppressed(Futures.unwrap(releaseError));
                    }
                    throw t instanceof RuntimeException re ? re : new CompletionException(t);
                }
                if (releaseError != null) {
                    Throwable t = Futures.unwrap(releaseError);
                    throw t instanceof RuntimeException re ? re : new CompletionException(t);
                }
                return r;
            })).thenCompose(f -> f);
        });
    }

    /** The update's work under a lease; when the lease is lost first, fails with its LeaseLostException. */
    private static CompletableFuture<UpdateResult> underLease(MachineClient machine, LeaseHandle lease,
            MachineClient leased, UnaryOperator<MachineConfig> change, UpdateOptions opts, Instant t0) {
        CompletableFuture<UpdateResult> work = updateUnderLease(machine, leased, change, opts, t0);
        if (lease == null) {
            return work;
        }
        CompletableFuture<UpdateResult> out = new CompletableFuture<>();
        work.whenComplete((r, e) -> {
            if (e == null) {
                out.complete(r);
            } else {
                out.completeExceptionally(Futures.unwrap(e));
            }
        });
        lease.whenLost().thenAccept(reason -> {
            if (out.completeExceptionally(lease.lostFailure(null))) {
                work.cancel(true);
            }
        });
        return out;
    }

    private static CompletableFuture<UpdateResult> updateUnderLease(MachineClient machine, MachineClient leased,
            UnaryOperator<MachineConfig> change, UpdateOptions opts, Instant t0) {
        return leased.getAsync().thenCompose(m -> {
            MachineConfig before = m.configOrEmpty();
            MachineConfig after = Validator.changed(change.apply(before));
            ConfigDiff diff = ConfigDiff.between(before, after);
            if (diff.isEmpty()) {
                return CompletableFuture.completedFuture(new UpdateResult(null, diff, null,
                        Duration.between(t0, now(machine))));
            }
            UpdateMachineRequest req = UpdateMachineRequest.builder().config(after).currentVersion(m.currentVersion())
                    .minSecretsVersion(opts.minSecretsVersion()).build();
            return leased.updateTracked(req).thenCompose(applied -> {
                Machine updated = applied.machine();
                return leased.waitForAsync(List.of(WaitState.SETTLED), opts.waitTimeout(), updated.currentVersion())
                        .thenApply(outcome -> {
                            if (outcome.state().equals(MachineState.FAILED)) {
                                throw new MachineFailedException(machine.id(), "settled on version "
                                        + updated.currentVersion());
                            }
                            return new UpdateResult(updated, diff, outcome, Duration.between(t0, now(machine)),
                                    applied.byEarlierAttempt());
                        });
            });
        });
    }

    // ---- run

    /** A started machine and how long it took. */
    record Started(Machine machine, WaitOutcome outcome, Duration took) {
    }

    static CompletableFuture<Started> run(MachinesClient machines, CreateMachineRequest request, RunOptions opts) {
        CompletableFuture<Started> result = new CompletableFuture<>();
        List<String> regions = request.fallbackRegions();
        runFrom(machines, request, opts, regions, 0, result, new ArrayList<>());
        return result;
    }

    private static void runFrom(MachinesClient machines, CreateMachineRequest request, RunOptions opts,
            List<String> regions, int from, CompletableFuture<Started> result, List<Throwable> earlier) {
        CreateMachineRequest attempt = regions.isEmpty() ? request
                : request.withFallbackRegions(regions.subList(from, regions.size()));
        Instant t0 = machines.clock().instant();
        CompletableFuture<Machine> created = machines.createAsync(attempt);
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                created.cancel(true);
            }
        });
        created.whenComplete((m, createError) -> {
            if (createError != null) {
                Throwable t = Futures.unwrap(createError);
                earlier.forEach(t::addSuppressed);
                result.completeExceptionally(t);
                return;
            }
            MachineClient client = machines.withId(m.id());
            CompletableFuture<WaitOutcome> wait = client.waitForCreated(WaitState.STARTED, opts.waitTimeout());
            result.whenComplete((v, e) -> {
                if (result.isCancelled()) {
                    wait.cancel(true);
                    if (!opts.keepOnFailure()) {
                        cleanUp(client, new CancellationException("run cancelled"));
                    }
                }
            });
            wait.whenComplete((outcome, waitError) -> {
                if (result.isDone()) {
                    return;
                }
                if (waitError == null) {
                    Machine started = m.toBuilder().state(outcome.state()).build();
                    result.complete(new Started(started, outcome, Duration.between(t0, machines.clock().instant())));
                    return;
                }
                Throwable t = Futures.unwrap(waitError);
                CompletableFuture<Void> cleanup = opts.keepOnFailure() ? CompletableFuture.completedFuture(null)
                        : cleanUp(client, t);
                cleanup.whenComplete((v, e) -> {
                    int used = regions.indexOf(m.region());
                    boolean startFailed = t instanceof UnexpectedStateException;
                    if (startFailed && used >= 0 && used + 1 < regions.size()) {
                        LOG.log(Level.INFO, () -> "machine " + m.id() + " failed to start in " + m.region()
                                + "; trying " + regions.get(used + 1));
                        earlier.add(t);
                        runFrom(machines, request, opts, regions, used + 1, result, earlier);
                        return;
                    }
                    earlier.forEach(t::addSuppressed);
                    result.completeExceptionally(t);
                });
            });
        });
    }

    /** Destroys a machine that failed after creation; a failure to do so is attached to the cause. */
    private static CompletableFuture<Void> cleanUp(MachineClient client, Throwable cause) {
        return client.destroyAsync(true).handle((v, e) -> {
            if (e != null && !(Futures.unwrap(e) instanceof NotFoundException)) {
                Throwable de = Futures.unwrap(e);
                LOG.log(Level.WARNING, () -> "could not destroy machine " + client.id() + " after a failed run: "
                        + de.getMessage());
                cause.addSuppressed(de);
            }
            return null;
        });
    }

    // ---- ephemeral

    static CompletableFuture<EphemeralMachine> ephemeral(MachinesClient machines, CreateMachineRequest request,
            RunOptions opts) {
        MachineConfig c = request.config();
        CreateMachineRequest eph = request.withConfig(c == null ? null
                : c.withAutoDestroy(true).withRestart(RestartConfig.of(RestartPolicy.NO)));
        return run(machines, eph, opts).thenApply(s -> new EphemeralHandle(machines.withId(s.machine().id()),
                s.machine(), s.took(), DESTROY_WAIT));
    }

    // ---- clone

    static CompletableFuture<Machine> clone(MachinesClient machines, String sourceId, String region, RunOptions opts) {
        return machines.withId(sourceId).getAsync().thenCompose(source -> {
            MachineConfig c = source.configOrEmpty();
            Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
            metadata.remove(MachinesClient.REQUEST_ID_METADATA_KEY);
            // what belongs to one machine stays behind: its volumes and the machines it stands by for
            MachineConfig copy = c.toBuilder().metadata(metadata).mounts(List.of()).standbys(List.of()).build();
            CreateMachineRequest req = CreateMachineRequest.builder().config(copy)
                    .region(region == null ? source.region() : region).build();
            return run(machines, req, opts).thenApply(Started::machine);
        });
    }

    // ---- scale out

    static CompletableFuture<ScaleOutResult> scaleOut(MachinesClient machines, ScaleOutRequest request) {
        Instant t0 = machines.clock().instant();
        CreateMachineRequest template = request.template();
        if (template.name() != null) {
            return CompletableFuture.failedFuture(new io.github.flymachines.errors.FlyValidationException(
                    "template.name", "must be unset: machine names are unique"));
        }
        if (!request.regions().isEmpty() && (template.region() != null || !template.fallbackRegions().isEmpty())) {
            return CompletableFuture.failedFuture(new io.github.flymachines.errors.FlyValidationException("regions",
                    "are named both on the template (region " + template.region() + ", fallback regions "
                            + template.fallbackRegions() + ") and on the request (" + request.regions()
                            + "): name them in one place"));
        }
        try {
            Validator.create(template);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        ScaleOutResult.Outcome[] outcomes = new ScaleOutResult.Outcome[request.count()];
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Void> done = new CompletableFuture<>();
        int workers = Math.min(request.concurrency(), request.count());
        AtomicInteger running = new AtomicInteger(workers);
        for (int w = 0; w < workers; w++) {
            startNext(machines, request, next, outcomes, failed, running, done);
        }
        return done.thenCompose(v -> {
            List<ScaleOutResult.Outcome> all = new ArrayList<>();
            List<Machine> started = new ArrayList<>();
            List<ScaleOutResult.Failure> failures = new ArrayList<>();
            synchronized (outcomes) {
                for (ScaleOutResult.Outcome o : outcomes) {
                    if (o == null) {
                        continue; // not attempted: a rollback stopped the scale-out first
                    }
                    all.add(o);
                    if (o.started()) {
                        started.add(o.machine());
                    } else {
                        failures.add(new ScaleOutResult.Failure(o.index(), o.region(), o.error()));
                    }
                }
            }
            boolean rollback = !failures.isEmpty() && request.onFailure() == ScaleOutRequest.FailurePolicy.ROLLBACK;
            if (!rollback) {
                return CompletableFuture.completedFuture(new ScaleOutResult(started, failures, List.of(),
                        Duration.between(t0, machines.clock().instant()), all));
            }
            List<CompletableFuture<Void>> destroys = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Machine m : started) {
                ids.add(m.id());
                // the rollback policy asks for it: kill what this scale-out created
                destroys.add(machines.withId(m.id()).destroyAsync(true).exceptionally(e -> null));
            }
            return CompletableFuture.allOf(destroys.toArray(CompletableFuture[]::new)).thenApply(x -> {
                ScaleOutResult r = new ScaleOutResult(List.of(), failures, ids,
                        Duration.between(t0, machines.clock().instant()), all);
                throw new ScaleOutException(r);
            });
        });
    }

    /** The regions machine {@code i} tries, in order: its round-robin region first, then the rest. */
    static List<String> regionsFor(List<String> regions, int i) {
        List<String> out = new ArrayList<>(regions.size());
        for (int k = 0; k < regions.size(); k++) {
            out.add(regions.get((i + k) % regions.size()));
        }
        return out;
    }

    private static void startNext(MachinesClient machines, ScaleOutRequest request, AtomicInteger next,
            ScaleOutResult.Outcome[] outcomes, java.util.concurrent.atomic.AtomicBoolean failed, AtomicInteger running,
            CompletableFuture<Void> done) {
        int i = next.getAndIncrement();
        boolean stop = i >= request.count()
                || (failed.get() && request.onFailure() == ScaleOutRequest.FailurePolicy.ROLLBACK);
        if (stop) {
            if (running.decrementAndGet() == 0) {
                done.complete(null);
            }
            return;
        }
        CreateMachineRequest one;
        String asked;
        if (request.regions().isEmpty()) {
            one = request.template();
            asked = one.region() != null ? one.region()
                    : one.fallbackRegions().isEmpty() ? null : one.fallbackRegions().get(0);
        } else {
            List<String> order = regionsFor(request.regions(), i);
            one = request.template().withFallbackRegions(order);
            asked = order.get(0);
        }
        run(machines, one, RunOptions.DEFAULTS.withWaitTimeout(request.waitTimeout())).whenComplete((s, e) -> {
            ScaleOutResult.Outcome o;
            if (e != null) {
                Throwable t = Futures.unwrap(e);
                failed.set(true);
                o = new ScaleOutResult.Outcome(i, asked, null, t instanceof FlyException fe ? fe
                        : new FlyException("machine " + i + " failed: " + t, t));
            } else {
                o = new ScaleOutResult.Outcome(i, s.machine().region(), s.machine(), null);
            }
            synchronized (outcomes) {
                outcomes[i] = o;
            }
            startNext(machines, request, next, outcomes, failed, running, done);
        });
    }

    // ---- scale to

    private static final java.util.Set<MachineState> GONE = java.util.Set.of(MachineState.DESTROYED,
            MachineState.DESTROYING);

    /** Oldest first; ties by id, so every call orders the group the same way. */
    private static final java.util.Comparator<Machine> OLDEST_FIRST = java.util.Comparator
            .comparing(Orchestration::createdAt).thenComparing(m -> String.valueOf(m.id()));

    private static Instant createdAt(Machine m) {
        try {
            return m.createdAt() == null ? Instant.MIN : Instant.parse(String.valueOf(m.createdAt()));
        } catch (RuntimeException e) {
            return Instant.MIN;
        }
    }

    static CompletableFuture<io.github.flymachines.lifecycle.ScaleToResult> scaleTo(MachinesClient machines,
            io.github.flymachines.lifecycle.ScaleToRequest request) {
        Instant t0 = machines.clock().instant();
        CreateMachineRequest template = request.template();
        MachineConfig config = template.config();
        if (config == null) {
            return CompletableFuture.failedFuture(new io.github.flymachines.errors.FlyValidationException(
                    "template.config", "is required"));
        }
        Map<String, String> metadata = new LinkedHashMap<>(config.metadata());
        for (Map.Entry<String, String> e : request.selector().entrySet()) {
            String had = metadata.put(e.getKey(), e.getValue());
            if (had != null && !had.equals(e.getValue())) {
                return CompletableFuture.failedFuture(new io.github.flymachines.errors.FlyValidationException(
                        "template.config.metadata", "sets " + e.getKey() + " to another value than the selector"));
            }
        }
        CreateMachineRequest tagged = template.withConfig(config.withMetadata(metadata));
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        List<String> startedIds = Collections.synchronizedList(new ArrayList<>());
        List<String> destroyed = Collections.synchronizedList(new ArrayList<>());
        List<ScaleOutResult.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Duration wait = request.waitTimeout();
        return group(machines, request).thenCompose(group -> {
            List<Machine> alive = new ArrayList<>();
            List<CompletableFuture<Void>> steps = new ArrayList<>();
            for (Machine m : group) {
                if (MachineState.FAILED.equals(m.state())) {
                    // a failed machine is replaced: destroy it (a failed machine needs no force)
                    steps.add(destroyOne(machines, m, wait, destroyed, failures));
                } else {
                    alive.add(m);
                }
            }
            int n = request.count();
            List<Machine> kept = alive.subList(0, Math.min(n, alive.size()));
            for (Machine extra : alive.subList(kept.size(), alive.size())) {
                steps.add(destroyOne(machines, extra, wait, destroyed, failures));
            }
            for (Machine m : kept) {
                if (!MachineState.STARTED.equals(m.state())) {
                    MachineClient c = machines.withId(m.id());
                    steps.add(c.startAndWaitAsync(wait).handle((t, e) -> {
                        if (e == null) {
                            startedIds.add(m.id());
                        } else {
                            failures.add(new ScaleOutResult.Failure(-1, m.region(), asFly(m, "start", e)));
                        }
                        return null;
                    }));
                }
            }
            int missing = n - kept.size();
            if (missing > 0) {
                ScaleOutRequest out = new ScaleOutRequest(tagged, missing, request.regions(), request.concurrency(),
                        ScaleOutRequest.FailurePolicy.KEEP, wait);
                steps.add(scaleOut(machines, out).handle((r, e) -> {
                    if (e != null) {
                        failures.add(new ScaleOutResult.Failure(-1, null, asFly(null, "create", e)));
                        return null;
                    }
                    r.started().forEach(m -> created.add(m.id()));
                    failures.addAll(r.failures());
                    return null;
                }));
            }
            return CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new));
        }).thenCompose(v -> group(machines, request)).thenCompose(after -> {
            // never overshoot: a create adopted late, or a concurrent reconcile, may have left extras
            List<Machine> alive = new ArrayList<>();
            for (Machine m : after) {
                if (!MachineState.FAILED.equals(m.state())) {
                    alive.add(m);
                }
            }
            List<CompletableFuture<Void>> trims = new ArrayList<>();
            for (Machine extra : alive.subList(Math.min(request.count(), alive.size()), alive.size())) {
                trims.add(destroyOne(machines, extra, wait, destroyed, failures));
            }
            List<Machine> result = new ArrayList<>();
            for (Machine m : alive.subList(0, Math.min(request.count(), alive.size()))) {
                if (MachineState.STARTED.equals(m.state())) {
                    result.add(m);
                }
            }
            return CompletableFuture.allOf(trims.toArray(CompletableFuture[]::new)).thenApply(x ->
                    new io.github.flymachines.lifecycle.ScaleToResult(result, copy(created), copy(startedIds),
                            copy(destroyed), copy(failures), Duration.between(t0, machines.clock().instant())));
        });
    }

    /** The group's machines that are not destroyed, oldest first. */
    private static CompletableFuture<List<Machine>> group(MachinesClient machines,
            io.github.flymachines.lifecycle.ScaleToRequest request) {
        return machines.listAsync(io.github.flymachines.model.ListMachinesQuery.ALL.withMetadata(request.selector()))
                .thenApply(list -> {
                    List<Machine> out = new ArrayList<>();
                    for (Machine m : list) {
                        if (m.state() != null && !GONE.contains(m.state())
                                && m.configOrEmpty().metadata().entrySet().containsAll(request.selector().entrySet())) {
                            out.add(m);
                        }
                    }
                    out.sort(OLDEST_FIRST);
                    return out;
                });
    }

    private static CompletableFuture<Void> destroyOne(MachinesClient machines, Machine m, Duration wait,
            List<String> destroyed, List<ScaleOutResult.Failure> failures) {
        MachineClient c = machines.withId(m.id());
        // a machine known to run is stopped first, rather than have the destroy refused with 412
        CompletableFuture<?> stopped = MachineState.STARTED.equals(m.state()) ? c.stopAsync().thenCompose(v ->
                c.waitForAsync(List.of(WaitState.STOPPED, WaitState.SUSPENDED, WaitState.FAILED), wait))
                : CompletableFuture.completedFuture(null);
        return stopped.thenCompose(v -> c.destroyAndWaitAsync(wait)).handle((t, e) -> {
            if (e == null || Futures.unwrap(e) instanceof NotFoundException) {
                destroyed.add(m.id());
            } else {
                failures.add(new ScaleOutResult.Failure(-1, m.region(), asFly(m, "destroy", e)));
            }
            return null;
        });
    }

    private static FlyException asFly(Machine m, String what, Throwable e) {
        Throwable t = Futures.unwrap(e);
        return t instanceof FlyException fe ? fe
                : new FlyException(what + (m == null ? "" : " of machine " + m.id()) + " failed: " + t, t);
    }

    private static <T> List<T> copy(List<T> list) {
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    // ---- wait for many

    static CompletableFuture<List<WaitOutcome>> waitForAll(MachinesClient machines, List<String> ids, WaitState state,
            Duration timeout) {
        List<CompletableFuture<WaitOutcome>> waits = new ArrayList<>();
        for (String id : ids) {
            waits.add(machines.withId(id).waitForAsync(state, timeout));
        }
        CompletableFuture<List<WaitOutcome>> all = new CompletableFuture<>();
        for (CompletableFuture<WaitOutcome> w : waits) {
            w.whenComplete((v, e) -> {
                if (e != null && all.completeExceptionally(Futures.unwrap(e))) {
                    waits.forEach(other -> other.cancel(true));
                }
            });
        }
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
            if (e == null) {
                List<WaitOutcome> out = new ArrayList<>();
                waits.forEach(w -> out.add(w.join()));
                all.complete(List.copyOf(out));
            }
        });
        all.whenComplete((v, e) -> {
            if (all.isCancelled()) {
                waits.forEach(w -> w.cancel(true));
            }
        });
        return all;
    }
}
