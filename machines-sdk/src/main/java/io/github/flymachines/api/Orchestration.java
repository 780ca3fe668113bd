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
        return LeaseHandle.acquire(machine, opts.leaseTtl(), "machines-sdk update").thenCompose(lease -> {
            CompletableFuture<UpdateResult> work = updateUnderLease(machine, lease, change, opts, t0);
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

    private static CompletableFuture<UpdateResult> updateUnderLease(MachineClient machine, HeldLease lease,
            UnaryOperator<MachineConfig> change, UpdateOptions opts, Instant t0) {
        MachineClient leased = lease.machine();
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
            return leased.updateAsync(req).thenCompose(updated -> leased.waitForAsync(List.of(WaitState.SETTLED),
                    opts.waitTimeout(), updated.currentVersion()).thenApply(outcome -> {
                        if (outcome.state().equals(MachineState.FAILED)) {
                            throw new MachineFailedException(machine.id(), "settled on version "
                                    + updated.currentVersion());
                        }
                        return new UpdateResult(updated, diff, outcome, Duration.between(t0, now(machine)));
                    }));
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
        if (request.template().name() != null) {
            return CompletableFuture.failedFuture(new io.github.flymachines.errors.FlyValidationException(
                    "template.name", "must be unset: machine names are unique"));
        }
        try {
            Validator.create(request.template());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<Machine> started = Collections.synchronizedList(new ArrayList<>());
        List<ScaleOutResult.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger running = new AtomicInteger(Math.min(request.concurrency(), request.count()));
        for (int w = 0; w < Math.min(request.concurrency(), request.count()); w++) {
            startNext(machines, request, next, started, failures, running, done);
        }
        return done.thenCompose(v -> {
            boolean rollback = !failures.isEmpty() && request.onFailure() == ScaleOutRequest.FailurePolicy.ROLLBACK;
            if (!rollback) {
                return CompletableFuture.completedFuture(new ScaleOutResult(sorted(started), sortedFailures(failures),
                        List.of(), Duration.between(t0, machines.clock().instant())));
            }
            List<CompletableFuture<Void>> destroys = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Machine m : started) {
                ids.add(m.id());
                destroys.add(machines.withId(m.id()).destroyAsync(true).exceptionally(e -> null));
            }
            return CompletableFuture.allOf(destroys.toArray(CompletableFuture[]::new)).thenApply(x -> {
                ScaleOutResult r = new ScaleOutResult(List.of(), sortedFailures(failures), ids,
                        Duration.between(t0, machines.clock().instant()));
                throw new ScaleOutException(r);
            });
        });
    }

    private static void startNext(MachinesClient machines, ScaleOutRequest request, AtomicInteger next,
            List<Machine> started, List<ScaleOutResult.Failure> failures, AtomicInteger running,
            CompletableFuture<Void> done) {
        int i = next.getAndIncrement();
        boolean stop = i >= request.count()
                || (!failures.isEmpty() && request.onFailure() == ScaleOutRequest.FailurePolicy.ROLLBACK);
        if (stop) {
            if (running.decrementAndGet() == 0) {
                done.complete(null);
            }
            return;
        }
        String region = request.regions().isEmpty() ? request.template().region()
                : request.regions().get(i % request.regions().size());
        CreateMachineRequest one = request.template().withRegion(region);
        run(machines, one, RunOptions.DEFAULTS.withWaitTimeout(request.waitTimeout())).whenComplete((s, e) -> {
            if (e != null) {
                Throwable t = Futures.unwrap(e);
                failures.add(new ScaleOutResult.Failure(i, region, t instanceof FlyException fe ? fe
                        : new FlyException("machine " + i + " failed: " + t, t)));
            } else {
                started.add(s.machine());
            }
            startNext(machines, request, next, started, failures, running, done);
        });
    }

    private static List<Machine> sorted(List<Machine> list) {
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    private static List<ScaleOutResult.Failure> sortedFailures(List<ScaleOutResult.Failure> list) {
        synchronized (list) {
            List<ScaleOutResult.Failure> copy = new ArrayList<>(list);
            copy.sort((a, b) -> Integer.compare(a.index(), b.index()));
            return copy;
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
