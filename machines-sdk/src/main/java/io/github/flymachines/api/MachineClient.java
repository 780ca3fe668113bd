package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.call.LeaseHeaders;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.json.GoDuration;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.validate.Validator;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.ExecResult;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineEvent;
import io.github.flymachines.model.MachineVersion;
import io.github.flymachines.model.MemoryInfo;
import io.github.flymachines.model.ProcessStat;
import io.github.flymachines.model.RestartRequest;
import io.github.flymachines.model.Signal;
import io.github.flymachines.model.StartResult;
import io.github.flymachines.model.StopRequest;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitRequest;
import io.github.flymachines.model.WaitResult;
import io.github.flymachines.model.WaitState;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import io.github.flymachines.lifecycle.ConfigDiff;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.lifecycle.Transition;
import io.github.flymachines.lifecycle.UpdateOptions;
import io.github.flymachines.lifecycle.UpdateResult;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.MachineConfig;
import java.util.concurrent.CompletableFuture;

/**
 * One Machine: read, update, start, stop, suspend, restart, signal, cordon, destroy, wait, exec,
 * processes, events, versions, memory, and its {@linkplain #metadata() metadata} and
 * {@linkplain #leases() leases}. Immutable and thread-safe; every method has an {@code Async} twin.
 *
 * <p>While a lease on this machine is held through this SDK client (or given with
 * {@link #withLeaseNonce(String)}), every mutation carries its nonce in
 * {@code fly-machine-lease-nonce}.
 */
public final class MachineClient {
    private static final TypeReference<List<ProcessStat>> PROCESS_LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<MachineEvent>> EVENT_LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<MachineVersion>> VERSION_LIST = new TypeReference<>() {
    };
    /** How much longer than the server's long poll the HTTP attempt may take. */
    static final Duration WAIT_MARGIN = Duration.ofSeconds(10);

    final ClientContext ctx;
    final RequestOptions options;
    private final String app;
    private final String id;
    private final String leaseNonce;
    /** The held lease this view works under, or null: once it is lost, leased mutations fail. */
    private final LeaseHandle holder;

    MachineClient(ClientContext ctx, RequestOptions options, String app, String id, String leaseNonce) {
        this(ctx, options, app, id, leaseNonce, null);
    }

    private MachineClient(ClientContext ctx, RequestOptions options, String app, String id, String leaseNonce,
            LeaseHandle holder) {
        ApiRequest.segment("machine_id", id);
        this.ctx = ctx;
        this.options = options;
        this.app = app;
        this.id = id;
        this.leaseNonce = leaseNonce;
        this.holder = holder;
    }

    /** A view that works under a held lease: its nonce on every mutation, and its lost state. */
    MachineClient withLeaseHolder(String nonce, LeaseHandle lease) {
        return new MachineClient(ctx, options, app, id, nonce, lease);
    }

    LeaseHandle holder() {
        return holder;
    }

    /** @return the app name */
    public String app() {
        return app;
    }

    /** @return the machine id */
    public String id() {
        return id;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public MachineClient withOptions(RequestOptions value) {
        return new MachineClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app, id, leaseNonce,
                holder);
    }

    /**
     * Returns a view that sends this lease nonce on every mutation (for a lease acquired
     * elsewhere).
     *
     * @param nonce the lease nonce
     * @return the view
     */
    public MachineClient withLeaseNonce(String nonce) {
        Requests.require("nonce", nonce);
        return new MachineClient(ctx, options, app, id, nonce);
    }

    /**
     * Returns the metadata of this machine.
     *
     * @return the metadata client
     */
    public MetadataClient metadata() {
        return new MetadataClient(this);
    }

    /**
     * Returns the leases of this machine.
     *
     * @return the lease client
     */
    public LeasesClient leases() {
        return new LeasesClient(this);
    }

    String currentNonce() {
        return leaseNonce != null ? leaseNonce : ctx.heldLease(app, id).orElse(null);
    }

    ApiRequest.Builder request(Operation op) {
        ApiRequest.Builder b = ApiRequest.builder(op).path("app_name", app).path("machine_id", id);
        if (op.leaseGuarded()) {
            if (holder != null && holder.isLost()) {
                throw holder.lostFailure(null);
            }
            b.header(LeaseHeaders.NONCE, currentNonce());
        }
        return b;
    }

    <T> CompletableFuture<T> send(ApiRequest req, Call.Decoder<T> decoder) {
        return guarded(ctx.send(req, decoder, options));
    }

    <T> CompletableFuture<T> execute(Call<T> call) {
        return guarded(ctx.execute(call));
    }

    /** Under a held lease, a 409 once the lease is lost is reported as {@link io.github.flymachines.errors.LeaseLostException}. */
    private <T> CompletableFuture<T> guarded(CompletableFuture<T> f) {
        if (holder == null) {
            return f;
        }
        CompletableFuture<T> out = f.handle((v, e) -> {
            if (e == null) {
                return v;
            }
            Throwable t = Futures.unwrap(e);
            if (holder.isLost() && t instanceof io.github.flymachines.errors.ConflictException) {
                throw holder.lostFailure(t);
            }
            throw t instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(t);
        });
        out.whenComplete((v, e) -> {
            if (out.isCancelled()) {
                f.cancel(true);
            }
        });
        return out;
    }

    // ---- read

    /**
     * Reads the machine.
     *
     * @return the machine
     */
    public Machine get() {
        return Futures.call(() -> getAsync());
    }

    /**
     * Reads the machine.
     *
     * @return the machine
     */
    public CompletableFuture<Machine> getAsync() {
        return Requests.run(() -> send(request(Operation.MACHINES_SHOW).build(), Decoders.<Machine>json(Machine.class)));
    }

    // ---- update and destroy

    /**
     * Replaces the machine's configuration (the platform stops it, applies the config and starts
     * it). Naming {@code current_version} or holding a lease makes the call safe to retry.
     *
     * @param request the new config and options
     * @return the machine with its new version
     */
    public Machine update(UpdateMachineRequest request) {
        return Futures.call(() -> updateAsync(request));
    }

    /**
     * Replaces the machine's configuration.
     *
     * @param request the new config and options
     * @return the machine with its new version
     */
    public CompletableFuture<Machine> updateAsync(UpdateMachineRequest request) {
        return updateTracked(request).thenApply(Applied::machine);
    }

    /**
     * An update's answer, and whether an earlier attempt (whose answer was lost) applied it.
     *
     * @param machine the machine with the requested config
     * @param byEarlierAttempt true when the last attempt was refused over the version and a re-read
     *        found the requested config already in place
     */
    record Applied(Machine machine, boolean byEarlierAttempt) {
    }

    /**
     * Sends an update. When an attempt's outcome was unknown and the retry is refused over the
     * version (409 or 412), the machine is re-read: a config that carries every requested field (see
     * {@link ConfigDiff#missingFrom}) means an earlier attempt applied it; anything else fails
     * with an error naming both versions.
     */
    CompletableFuture<Applied> updateTracked(UpdateMachineRequest request) {
        return Requests.run(() -> {
            Validator.update(request);
            ApiRequest req = request(Operation.MACHINES_UPDATE).body(request).build();
            CompletableFuture<Machine> sent = execute(Call.of(req, Decoders.<Machine>json(Machine.class)).options(options)
                    .idempotentUpdate(request.currentVersion() != null).build());
            return sent.thenApply(m -> new Applied(m, false)).exceptionallyCompose(e -> {
                Throwable t = Futures.unwrap(e);
                // the engine attaches the earlier attempts' failures to the last one
                boolean ambiguous = false;
                for (Throwable earlier : t.getSuppressed()) {
                    ambiguous |= mayHaveApplied(earlier);
                }
                boolean versionRefused = t instanceof io.github.flymachines.errors.PreconditionFailedException
                        || (t instanceof io.github.flymachines.errors.ConflictException
                                && !(t instanceof io.github.flymachines.errors.LeaseConflictException));
                if (!ambiguous || !versionRefused || request.config() == null) {
                    return CompletableFuture.failedFuture(t);
                }
                return getAsync().thenApply(now -> {
                    // fields the server filled in (the default guest) do not count against it
                    ConfigDiff diff = ConfigDiff.missingFrom(request.config(), now.configOrEmpty());
                    if (diff.isEmpty()) {
                        return new Applied(now, true);
                    }
                    throw new io.github.flymachines.errors.FlyException("update of machine " + id
                            + " is unresolved: an attempt's answer was lost and the retry was refused; the update"
                            + " was based on version " + request.currentVersion() + ", the machine is now at version "
                            + now.currentVersion() + " with a config other than the requested one (differing: "
                            + diff.changes().stream().map(ConfigDiff.Change::path).toList() + ")", t);
                });
            });
        });
    }

    /** Whether a failed attempt may have been applied by the server (its outcome is unknown). */
    static boolean mayHaveApplied(Throwable failure) {
        if (failure instanceof io.github.flymachines.errors.FlyClientException ce) {
            return ce.requestMayHaveReachedServer();
        }
        if (failure instanceof io.github.flymachines.errors.FlyServiceException se) {
            return se.httpStatus() == 408 || se.httpStatus() >= 500;
        }
        return false;
    }

    /** Destroys the machine (it must be stopped unless forced). */
    public void destroy() {
        Futures.call(() -> destroyAsync(false));
    }

    /**
     * Destroys the machine.
     *
     * @param force kill a running machine instead of refusing
     */
    public void destroy(boolean force) {
        Futures.call(() -> destroyAsync(force));
    }

    /**
     * Destroys the machine (it must be stopped unless forced).
     *
     * @return completes when the API accepted the destruction
     */
    public CompletableFuture<Void> destroyAsync() {
        return destroyAsync(false);
    }

    /**
     * Destroys the machine.
     *
     * @param force kill a running machine instead of refusing
     * @return completes when the API accepted the destruction
     */
    public CompletableFuture<Void> destroyAsync(boolean force) {
        return Requests.run(() -> send(request(Operation.MACHINES_DELETE).query("force", force ? "true" : null)
                .build(), Decoders.none()));
    }

    // ---- lifecycle

    /**
     * Starts the machine (fast: well under a second for a stopped machine).
     *
     * @return the API's answer, with the previous state
     */
    public StartResult start() {
        return Futures.call(() -> startAsync());
    }

    /**
     * Starts the machine.
     *
     * @return the API's answer
     */
    public CompletableFuture<StartResult> startAsync() {
        return Requests.run(() -> send(request(Operation.MACHINES_START).build(),
                Decoders.<StartResult>jsonOrNull(StartResult.class)));
    }

    /** Stops the machine with its configured signal and timeout. */
    public void stop() {
        Futures.call(() -> stopAsync(null));
    }

    /**
     * Stops the machine.
     *
     * @param request the signal and timeout, or null for the machine's defaults
     */
    public void stop(StopRequest request) {
        Futures.call(() -> stopAsync(request));
    }

    /**
     * Stops the machine with its configured signal and timeout.
     *
     * @return completes when the API accepted the stop
     */
    public CompletableFuture<Void> stopAsync() {
        return stopAsync(null);
    }

    /**
     * Stops the machine.
     *
     * @param request the signal and timeout, or null for the machine's defaults
     * @return completes when the API accepted the stop
     */
    public CompletableFuture<Void> stopAsync(StopRequest request) {
        if (request != null && Validator.stopSignal(request.signal()) != null) {
            return CompletableFuture.failedFuture(Validator.stopSignal(request.signal()));
        }
        return Requests.run(() -> send(request(Operation.MACHINES_STOP)
                .body(request == null ? StopRequest.builder().build() : request).build(), Decoders.none()));
    }

    /** Suspends the machine (its memory is saved; start resumes it). */
    public void suspend() {
        Futures.call(() -> suspendAsync());
    }

    /**
     * Suspends the machine.
     *
     * @return completes when the API accepted the suspend
     */
    public CompletableFuture<Void> suspendAsync() {
        return Requests.run(() -> send(request(Operation.MACHINES_SUSPEND).build(), Decoders.none()));
    }

    /** Restarts the machine. */
    public void restart() {
        Futures.call(() -> restartAsync(RestartRequest.DEFAULT));
    }

    /**
     * Restarts the machine.
     *
     * @param request the signal, timeout and force flag
     */
    public void restart(RestartRequest request) {
        Futures.call(() -> restartAsync(request));
    }

    /**
     * Restarts the machine.
     *
     * @return completes when the API accepted the restart
     */
    public CompletableFuture<Void> restartAsync() {
        return restartAsync(RestartRequest.DEFAULT);
    }

    /**
     * Restarts the machine.
     *
     * @param request the signal, timeout and force flag
     * @return completes when the API accepted the restart
     */
    public CompletableFuture<Void> restartAsync(RestartRequest request) {
        if (request != null && Validator.stopSignal(request.signal()) != null) {
            return CompletableFuture.failedFuture(Validator.stopSignal(request.signal()));
        }
        return Requests.run(() -> {
            RestartRequest r = request == null ? RestartRequest.DEFAULT : request;
            ApiRequest req = request(Operation.MACHINES_RESTART)
                    .query("timeout", r.timeout() == null ? null : GoDuration.format(r.timeout()))
                    .query("signal", r.signal() == null ? null : r.signal().value())
                    .query("force_stop", Boolean.TRUE.equals(r.forceStop()) ? "true" : null)
                    .build();
            return send(req, Decoders.none());
        });
    }

    /**
     * Sends a signal to the machine's main process.
     *
     * @param signal the signal
     */
    public void signal(Signal signal) {
        Futures.call(() -> signalAsync(signal));
    }

    /**
     * Sends a signal to the machine's main process.
     *
     * @param signal the signal
     * @return completes when delivered
     */
    public CompletableFuture<Void> signalAsync(Signal signal) {
        if (Validator.signal(signal) != null) {
            return CompletableFuture.failedFuture(Validator.signal(signal));
        }
        return Requests.run(() -> {
            if (signal == null) {
                throw new io.github.flymachines.errors.FlyValidationException("signal", "is required");
            }
            return send(request(Operation.MACHINES_SIGNAL).body(new SignalBody(signal)).build(), Decoders.none());
        });
    }

    /** Cordons the machine: the proxy sends it no new traffic. */
    public void cordon() {
        Futures.call(() -> cordonAsync());
    }

    /**
     * Cordons the machine.
     *
     * @return completes when done
     */
    public CompletableFuture<Void> cordonAsync() {
        return Requests.run(() -> send(request(Operation.MACHINES_CORDON).build(), Decoders.none()));
    }

    /** Uncordons the machine. */
    public void uncordon() {
        Futures.call(() -> uncordonAsync());
    }

    /**
     * Uncordons the machine.
     *
     * @return completes when done
     */
    public CompletableFuture<Void> uncordonAsync() {
        return Requests.run(() -> send(request(Operation.MACHINES_UNCORDON).build(), Decoders.none()));
    }

    // ---- wait

    /**
     * Makes one server-side wait call ({@code GET /wait}), which blocks for at most 60 s. For
     * longer waits, and for 408/404 handling, use the waiters.
     *
     * @param request the states, timeout and version
     * @return the server's answer
     */
    public WaitResult waitOnce(WaitRequest request) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        return Futures.call(() -> waitOnceAsync(request));
    }

    /**
     * Makes one server-side wait call; the HTTP attempt timeout is set above the long poll.
     *
     * @param request the states, timeout and version
     * @return the server's answer
     */
    public CompletableFuture<WaitResult> waitOnceAsync(WaitRequest request) {
        if (request == null) {
            return io.github.flymachines.internal.validate.Args.refused("request");
        }
        return waitOnceAsync(request, options);
    }

    CompletableFuture<WaitResult> waitOnceAsync(WaitRequest request, RequestOptions opts) {
        return Requests.run(() -> {
            WaitRequest r = request == null ? WaitRequest.of(WaitState.STARTED) : request;
            Validator.waitRequest(r);
            Duration poll = r.timeout() == null ? Duration.ofSeconds(60) : r.timeout();
            ApiRequest.Builder b = request(Operation.MACHINES_WAIT)
                    .query("timeout", r.timeout() == null ? null : r.timeout().toSeconds())
                    .query("version", r.version())
                    .query("from_event_id", r.fromEventId());
            // repeated state= parameters: the spec's enum applies to each value
            r.states().forEach(st -> b.query("state", st.value()));
            RequestOptions o = opts.withAttemptTimeout(poll.plus(WAIT_MARGIN));
            Duration callTimeout = o.orElse(ctx.engine().defaults()).timeout();
            if (callTimeout.compareTo(o.attemptTimeout()) < 0) {
                o = o.withTimeout(o.attemptTimeout().plus(WAIT_MARGIN));
            }
            return ctx.send(b.build(), Decoders.<WaitResult>json(WaitResult.class), o);
        });
    }

    // ---- exec, processes, events, versions

    /**
     * Runs a command in the machine.
     *
     * @param command the command and its arguments
     * @return its exit code and output
     */
    public ExecResult exec(String... command) {
        io.github.flymachines.internal.validate.Args.command(command, "command");
        return Futures.call(() -> execAsync(ExecRequest.of(command)));
    }

    /**
     * Runs a command in the machine.
     *
     * @param command the command and its arguments
     * @return its exit code and output
     */
    public CompletableFuture<ExecResult> execAsync(String... command) {
        return Requests.run(() -> execAsync(ExecRequest.of(io.github.flymachines.internal.validate.Args.command(command, "command"))));
    }

    /**
     * Runs a command in the machine.
     *
     * @param request the command, stdin, timeout
     * @return its exit code and output
     */
    public ExecResult exec(ExecRequest request) {
        return Futures.call(() -> execAsync(request));
    }

    /**
     * Runs a command in the machine. Not retried after an ambiguous failure (the command may have
     * run).
     *
     * @param request the command, stdin, timeout
     * @return its exit code and output
     */
    public CompletableFuture<ExecResult> execAsync(ExecRequest request) {
        return execAsync(request, null);
    }

    private CompletableFuture<ExecResult> execAsync(ExecRequest request, Operation.Safety safety) {
        return Requests.run(() -> {
            Validator.exec(request);
            RequestOptions o = options;
            if (request.timeout() != null) {
                Duration needed = request.timeout().plus(WAIT_MARGIN);
                if (o.attemptTimeout() == null || o.attemptTimeout().compareTo(needed) < 0) {
                    o = o.withAttemptTimeout(needed);
                }
            }
            return ctx.execute(Call.of(request(Operation.MACHINES_EXEC).body(request).build(),
                    Decoders.<ExecResult>json(ExecResult.class)).options(o).safety(safety).build());
        });
    }

    /**
     * Runs a command that is safe to run more than once (a read, or an idempotent script): unlike
     * {@link #exec(ExecRequest)}, an attempt whose outcome is unknown (its answer was lost) is
     * retried like a read.
     *
     * @param request the command, stdin, timeout
     * @return its exit code and output
     */
    public ExecResult execRepeatable(ExecRequest request) {
        return Futures.call(() -> execRepeatableAsync(request));
    }

    /**
     * Runs a command that is safe to run more than once. See {@link #execRepeatable(ExecRequest)}.
     *
     * @param request the command, stdin, timeout
     * @return its exit code and output
     */
    public CompletableFuture<ExecResult> execRepeatableAsync(ExecRequest request) {
        return execAsync(request, Operation.Safety.IDEMPOTENT);
    }

    /**
     * Lists the processes running in the machine.
     *
     * @return the processes
     */
    public List<ProcessStat> processes() {
        return Futures.call(() -> processesAsync(null, null));
    }

    /**
     * Lists the processes running in the machine.
     *
     * @return the processes
     */
    public CompletableFuture<List<ProcessStat>> processesAsync() {
        return processesAsync(null, null);
    }

    /**
     * Lists the processes running in the machine.
     *
     * @param sortBy the field to sort by (e.g. {@code cpu}, {@code rss}), or null
     * @param order {@code asc} or {@code desc}, or null
     * @return the processes
     */
    public List<ProcessStat> processes(String sortBy, String order) {
        return Futures.call(() -> processesAsync(sortBy, order));
    }

    /**
     * Lists the processes running in the machine.
     *
     * @param sortBy the field to sort by (e.g. {@code cpu}, {@code rss}), or null
     * @param order {@code asc} or {@code desc}, or null
     * @return the processes
     */
    public CompletableFuture<List<ProcessStat>> processesAsync(String sortBy, String order) {
        return Requests.run(() -> send(request(Operation.MACHINES_LIST_PROCESSES).query("sort_by", sortBy)
                .query("order", order).build(), Decoders.<List<ProcessStat>>json(PROCESS_LIST.getType())));
    }

    /**
     * Lists recent events, newest first (the API returns 20 by default).
     *
     * @return the events
     */
    public List<MachineEvent> events() {
        return Futures.call(() -> eventsAsync(null));
    }

    /**
     * Lists recent events, newest first (the API returns 20 by default).
     *
     * @return the events
     */
    public CompletableFuture<List<MachineEvent>> eventsAsync() {
        return eventsAsync(null);
    }

    /**
     * Lists recent events, newest first.
     *
     * @param limit how many (the API allows up to 50), or null for the default
     * @return the events
     */
    public List<MachineEvent> events(Integer limit) {
        return Futures.call(() -> eventsAsync(limit));
    }

    /**
     * Lists recent events, newest first.
     *
     * @param limit how many (the API allows up to 50), or null for the default
     * @return the events
     */
    public CompletableFuture<List<MachineEvent>> eventsAsync(Integer limit) {
        return Requests.run(() -> {
            if (limit != null && (limit < 1 || limit > 50)) {
                throw new io.github.flymachines.errors.FlyValidationException("limit", "must be 1-50, got " + limit);
            }
            return send(request(Operation.MACHINES_LIST_EVENTS).query("limit", limit).build(),
                    Decoders.<List<MachineEvent>>json(EVENT_LIST.getType()));
        });
    }

    /**
     * Lists the machine's configuration versions.
     *
     * @return the versions
     */
    public List<MachineVersion> versions() {
        return Futures.call(() -> versionsAsync());
    }

    /**
     * Lists the machine's configuration versions.
     *
     * @return the versions
     */
    public CompletableFuture<List<MachineVersion>> versionsAsync() {
        return Requests.run(() -> send(request(Operation.MACHINES_LIST_VERSIONS).build(),
                Decoders.<List<MachineVersion>>json(VERSION_LIST.getType())));
    }

    // ---- memory

    /**
     * Reads the memory balloon.
     *
     * @return the limit and available memory
     */
    public MemoryInfo memory() {
        return Futures.call(() -> memoryAsync());
    }

    /**
     * Reads the memory balloon.
     *
     * @return the limit and available memory
     */
    public CompletableFuture<MemoryInfo> memoryAsync() {
        return Requests.run(() -> send(request(Operation.MACHINES_GET_MEMORY).build(),
                Decoders.<MemoryInfo>json(MemoryInfo.class)));
    }

    /**
     * Sets the memory limit of the balloon.
     *
     * @param limitMb the new limit in MB
     * @return the new state
     */
    public MemoryInfo setMemoryLimit(int limitMb) {
        return Futures.call(() -> setMemoryLimitAsync(limitMb));
    }

    /**
     * Sets the memory limit of the balloon.
     *
     * @param limitMb the new limit in MB
     * @return the new state
     */
    public CompletableFuture<MemoryInfo> setMemoryLimitAsync(int limitMb) {
        return Requests.run(() -> {
            if (limitMb < 1) {
                throw new io.github.flymachines.errors.FlyValidationException("limit_mb", "must be positive, got " + limitMb);
            }
            return send(request(Operation.MACHINES_SET_MEMORY_LIMIT).body(new LimitBody(limitMb)).build(),
                    Decoders.<MemoryInfo>jsonOrNull(MemoryInfo.class));
        });
    }

    /**
     * Asks the guest to give memory back to the host.
     *
     * @param amountMb how much to reclaim in MB
     * @return how much was reclaimed in MB
     */
    public int reclaimMemory(int amountMb) {
        return Futures.call(() -> reclaimMemoryAsync(amountMb));
    }

    /**
     * Asks the guest to give memory back to the host.
     *
     * @param amountMb how much to reclaim in MB
     * @return how much was reclaimed in MB
     */
    public CompletableFuture<Integer> reclaimMemoryAsync(int amountMb) {
        return Requests.run(() -> {
            if (amountMb < 1) {
                throw new io.github.flymachines.errors.FlyValidationException("amount_mb", "must be positive, got " + amountMb);
            }
            return send(request(Operation.MACHINES_RECLAIM_MEMORY).body(new ReclaimBody(amountMb)).build(),
                    Decoders.<ReclaimAnswer>json(ReclaimAnswer.class))
                    .thenApply(a -> a.actualMb() == null ? 0 : a.actualMb());
        });
    }

    // ---- waiters and timed transitions

    /**
     * Waits until the machine reaches a state, for as long as {@code timeout} allows (looping the
     * server's 60 s long poll). See {@link #waitForAsync(Collection, Duration, String)}.
     *
     * @param state the state
     * @param timeout the deadline
     * @return how the wait ended
     */
    public WaitOutcome waitFor(WaitState state, Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(state, "state");
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> waitForAsync(List.of(state), timeout, null));
    }

    /**
     * Waits until the machine reaches any of the states.
     *
     * @param states the states
     * @param timeout the deadline
     * @return how the wait ended
     */
    public WaitOutcome waitFor(Collection<WaitState> states, Duration timeout) {
        return Futures.call(() -> waitForAsync(states, timeout, null));
    }

    /**
     * Waits until the machine reaches any of the states, anchored to a version. See
     * {@link #waitForAsync(Collection, Duration, String)}.
     *
     * @param states the states
     * @param timeout the deadline
     * @param version the machine version (instance id), or null
     * @return how the wait ended
     */
    public WaitOutcome waitFor(Collection<WaitState> states, Duration timeout, String version) {
        return Futures.call(() -> waitForAsync(states, timeout, version));
    }

    /**
     * Waits until the machine reaches any of the states.
     *
     * @param states the states
     * @param timeout the deadline
     * @return how the wait ended
     */
    public CompletableFuture<WaitOutcome> waitForAsync(Collection<WaitState> states, Duration timeout) {
        return waitForAsync(states, timeout, null);
    }

    /**
     * Waits until the machine reaches a state.
     *
     * @param state the state
     * @param timeout the deadline
     * @return how the wait ended
     */
    public CompletableFuture<WaitOutcome> waitForAsync(WaitState state, Duration timeout) {
        if (state == null) {
            return io.github.flymachines.internal.validate.Args.refused("state");
        }
        if (timeout == null) {
            return io.github.flymachines.internal.validate.Args.refused("timeout");
        }
        return waitForAsync(List.of(state), timeout, null);
    }

    /**
     * Waits until the machine reaches any of the states, looping the server's long poll (60 s
     * at most each) until {@code timeout}. 408 means keep waiting; 404 while waiting for
     * {@code destroyed} is success; 400 is final; {@code settled} is followed by a GET to learn
     * which state was reached; reaching {@code failed} (or {@code destroyed}) when waiting for
     * something else fails with {@link io.github.flymachines.errors.UnexpectedStateException}; at
     * the deadline, {@link io.github.flymachines.errors.WaitTimeoutException} with the last state
     * seen. No thread is held while waiting; cancelling the future stops polling and aborts the
     * request in flight.
     *
     * @param states the states (any of them)
     * @param timeout the deadline
     * @param version the machine version to anchor to (after an update), or null
     * @return how the wait ended
     */
    public CompletableFuture<WaitOutcome> waitForAsync(Collection<WaitState> states, Duration timeout, String version) {
        return MachineWaiter.await(this, states == null ? List.of() : List.copyOf(states), timeout, version, false);
    }

    CompletableFuture<WaitOutcome> waitForCreated(WaitState state, Duration timeout) {
        return MachineWaiter.await(this, List.of(state), timeout, null, true);
    }

    private CompletableFuture<Transition> timed(String action, CompletableFuture<?> call,
            java.util.function.Supplier<CompletableFuture<WaitOutcome>> wait) {
        java.time.Instant t0 = ctx.engine().clock().instant();
        return call.thenCompose(v -> wait.get()).thenApply(o -> new Transition(id, action, o.state(),
                Duration.between(t0, ctx.engine().clock().instant()), o));
    }

    /**
     * Starts the machine and waits until it is {@code started}. A start refused because the
     * machine is still stopping (412 "machine still active, refusing to start", which the live API
     * answers to a start sent right after a stop returned) waits for {@code stopped} or
     * {@code suspended} and starts again, within {@code timeout}. The plain {@link #start()} keeps
     * its 412.
     *
     * @param timeout how long to wait, for the whole transition
     * @return the transition, e.g. "started in 212 ms"
     */
    public Transition startAndWait(Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> startAndWaitAsync(timeout));
    }

    /**
     * Starts the machine and waits until it is {@code started}.
     *
     * @param timeout how long to wait
     * @return the transition
     */
    public CompletableFuture<Transition> startAndWaitAsync(Duration timeout) {
        return Requests.runWith(timeout, "timeout", () -> {
            java.time.Instant deadline = deadline(timeout);
            return timed("start", startRacing(deadline), () -> waitForAsync(WaitState.STARTED, left(deadline)));
        });
    }

    /**
     * Stops the machine and waits until it is {@code stopped}.
     *
     * @param timeout how long to wait
     * @return the transition
     */
    public Transition stopAndWait(Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> stopAndWaitAsync(null, timeout));
    }

    /**
     * Stops the machine and waits until it is {@code stopped}.
     *
     * @param timeout how long to wait
     * @return the transition
     */
    public CompletableFuture<Transition> stopAndWaitAsync(Duration timeout) {
        if (timeout == null) {
            return io.github.flymachines.internal.validate.Args.refused("timeout");
        }
        return stopAndWaitAsync(null, timeout);
    }

    /**
     * Stops the machine with a signal and timeout, and waits until it is {@code stopped}.
     *
     * @param request the signal and timeout, or null for the defaults
     * @param timeout how long to wait
     * @return the transition
     */
    public Transition stopAndWait(StopRequest request, Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> stopAndWaitAsync(request, timeout));
    }

    /**
     * Stops the machine and waits until it is {@code stopped}.
     *
     * @param request the signal and timeout, or null for the defaults
     * @param timeout how long to wait
     * @return the transition
     */
    public CompletableFuture<Transition> stopAndWaitAsync(StopRequest request, Duration timeout) {
        return Requests.runWith(timeout, "timeout",
                () -> timed("stop", stopAsync(request), () -> waitForAsync(WaitState.STOPPED, timeout)));
    }

    /**
     * Suspends the machine and waits until it is {@code suspended}.
     *
     * @param timeout how long to wait
     * @return the transition
     */
    public Transition suspendAndWait(Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> suspendAndWaitAsync(timeout));
    }

    /**
     * Suspends the machine and waits until it is {@code suspended}.
     *
     * @param timeout how long to wait
     * @return the transition
     */
    public CompletableFuture<Transition> suspendAndWaitAsync(Duration timeout) {
        return Requests.runWith(timeout, "timeout", () -> timed("suspend", suspendAsync(),
                () -> waitForAsync(WaitState.SUSPENDED, timeout)));
    }

    /**
     * Restarts the machine and waits until it is {@code started} again (counting only events after
     * the restart).
     *
     * @param timeout how long to wait
     * @return the transition
     */
    public Transition restartAndWait(Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> restartAndWaitAsync(timeout));
    }

    /**
     * Restarts the machine and waits until it is {@code started} again.
     *
     * @param timeout how long to wait
     * @return the transition
     */
    public CompletableFuture<Transition> restartAndWaitAsync(Duration timeout) {
        return Requests.runWith(timeout, "timeout", () -> getAsync().thenCompose(before -> {
            String lastEvent = before.events().isEmpty() ? null : before.events().get(0).id();
            return timed("restart", restartAsync(), () -> MachineWaiter.awaitFrom(this, List.of(WaitState.STARTED),
                    timeout, lastEvent));
        }));
    }

    /**
     * Destroys the machine without force and waits until it is gone: a running machine is stopped
     * first (gracefully, with its stop config). A destroy refused with 412 "not currently stopped"
     * (the machine is still stopping) stops, waits for {@code stopped} and destroys again, within
     * {@code timeout}. Use {@link #destroyAndWait(boolean, Duration)} with {@code true} to kill it.
     *
     * @param timeout how long to wait, for the whole transition
     * @return the transition
     */
    public Transition destroyAndWait(Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> destroyAndWaitAsync(timeout));
    }

    /**
     * Destroys the machine without force, stopping it first when it runs, and waits until it is
     * gone. See {@link #destroyAndWait(Duration)}.
     *
     * @param timeout how long to wait, for the whole transition
     * @return the transition
     */
    public CompletableFuture<Transition> destroyAndWaitAsync(Duration timeout) {
        if (timeout == null) {
            return io.github.flymachines.internal.validate.Args.refused("timeout");
        }
        return destroyAndWaitAsync(false, timeout);
    }

    /**
     * Destroys the machine and waits until it is gone. With {@code force} a running machine is
     * killed; without, it is stopped first (see {@link #destroyAndWait(Duration)}).
     *
     * @param force whether to kill a running machine
     * @param timeout how long to wait
     * @return the transition
     */
    public Transition destroyAndWait(boolean force, Duration timeout) {
        io.github.flymachines.internal.validate.Args.notNull(timeout, "timeout");
        return Futures.call(() -> destroyAndWaitAsync(force, timeout));
    }

    /**
     * Destroys the machine and waits until it is gone. See {@link #destroyAndWait(boolean, Duration)}.
     *
     * @param force whether to kill a running machine
     * @param timeout how long to wait
     * @return the transition
     */
    public CompletableFuture<Transition> destroyAndWaitAsync(boolean force, Duration timeout) {
        return Requests.runWith(timeout, "timeout", () -> {
            java.time.Instant deadline = deadline(timeout);
            CompletableFuture<Void> destroy = force ? destroyAsync(true) : destroyRacing(deadline);
            return timed("destroy", destroy.exceptionallyCompose(e -> Futures.unwrap(e) instanceof
                    io.github.flymachines.errors.NotFoundException ? CompletableFuture.completedFuture(null)
                            : CompletableFuture.failedFuture(Futures.unwrap(e))),
                    () -> waitForAsync(WaitState.DESTROYED, left(deadline)));
        });
    }

    // ---- races the API leaves to the caller

    private java.time.Instant deadline(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new io.github.flymachines.errors.FlyValidationException("timeout", "must be positive, got " + timeout);
        }
        return ctx.engine().clock().instant().plus(timeout);
    }

    private Duration left(java.time.Instant deadline) {
        Duration d = Duration.between(ctx.engine().clock().instant(), deadline);
        return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
    }

    private boolean before(java.time.Instant deadline) {
        return ctx.engine().clock().instant().isBefore(deadline);
    }

    /** The states a stopping machine ends in, and {@code started} when something else started it. */
    private static final List<WaitState> AT_REST = List.of(WaitState.STOPPED, WaitState.SUSPENDED, WaitState.FAILED);

    /** 412 to a start because the machine has not finished stopping (or suspending). */
    static boolean isStillActive(Throwable t) {
        if (!(t instanceof io.github.flymachines.errors.PreconditionFailedException pe)) {
            return false;
        }
        String msg = pe.apiMessage().orElse(pe.getMessage());
        if (msg.contains("still active")) {
            return true;
        }
        for (String transient_ : List.of("stopping", "suspending", "replacing", "updating", "restarting")) {
            if (msg.contains("current state: '" + transient_ + "'")) {
                return true;
            }
        }
        return false;
    }

    /** 412 to a destroy because the machine is not stopped (yet). */
    static boolean isNotStopped(Throwable t) {
        if (!(t instanceof io.github.flymachines.errors.PreconditionFailedException pe)) {
            return false;
        }
        return pe.apiMessage().orElse(pe.getMessage()).contains("not currently stopped");
    }

    /** Starts; a start refused while the machine is still stopping waits for it to rest and tries again. */
    CompletableFuture<StartResult> startRacing(java.time.Instant deadline) {
        return startAsync().exceptionallyCompose(e -> {
            Throwable t = Futures.unwrap(e);
            if (!isStillActive(t) || !before(deadline)) {
                return CompletableFuture.failedFuture(t);
            }
            List<WaitState> states = new java.util.ArrayList<>(AT_REST);
            states.add(WaitState.STARTED);
            return waitForAsync(states, left(deadline)).thenCompose(o -> io.github.flymachines.model.MachineState.STARTED.equals(o.state())
                    ? CompletableFuture.completedFuture((StartResult) null) : startRacing(deadline));
        });
    }

    /** Destroys without force; a machine that is not stopped is stopped, awaited and destroyed again. */
    CompletableFuture<Void> destroyRacing(java.time.Instant deadline) {
        return destroyAsync(false).exceptionallyCompose(e -> {
            Throwable t = Futures.unwrap(e);
            if (!isNotStopped(t) || !before(deadline)) {
                return CompletableFuture.failedFuture(t);
            }
            return stopAsync().thenCompose(v -> waitForAsync(AT_REST, left(deadline)))
                    .thenCompose(o -> destroyRacing(deadline));
        });
    }

    // ---- leases and orchestrated updates

    /**
     * Acquires a lease that is refreshed in the background until closed.
     *
     * @param ttl the lease TTL (refreshed every third of it)
     * @return the held lease
     */
    public HeldLease lease(Duration ttl) {
        return Futures.call(() -> leaseAsync(ttl, null));
    }

    /**
     * Acquires a lease that is refreshed in the background until closed.
     *
     * @param ttl the lease TTL (refreshed every third of it)
     * @param description what it is for, shown to others (may be null)
     * @return the held lease
     */
    public HeldLease lease(Duration ttl, String description) {
        return Futures.call(() -> leaseAsync(ttl, description));
    }

    /**
     * Acquires a lease that is refreshed in the background until closed.
     *
     * @param ttl the lease TTL
     * @param description what it is for, shown to others (may be null)
     * @return the held lease
     */
    public CompletableFuture<HeldLease> leaseAsync(Duration ttl, String description) {
        return Requests.run(() -> LeaseHandle.acquire(this, ttl, description));
    }

    /**
     * Acquires a lease that is refreshed in the background until closed.
     *
     * @param ttl the lease TTL (refreshed every third of it)
     * @return the held lease
     */
    public CompletableFuture<HeldLease> leaseAsync(Duration ttl) {
        return leaseAsync(ttl, null);
    }

    /**
     * Updates the machine's config through a function, safely: takes a lease, reads the machine,
     * applies the change, computes the diff, sends the update with the nonce and the current
     * version, waits for the new version to settle ({@code failed} is an error) and releases the
     * lease, also on failure.
     *
     * @param change the change, e.g. {@code c -> c.withGuest(c.guest().withMemoryMb(512))}
     * @return the new machine, the diff and the wait
     */
    public UpdateResult update(UnaryOperator<MachineConfig> change) {
        io.github.flymachines.internal.validate.Args.notNull(change, "change");
        return Futures.call(() -> updateAsync(change, UpdateOptions.DEFAULTS));
    }

    /**
     * Updates the machine's config through a function. See {@link #update(UnaryOperator)}.
     *
     * @param change the change
     * @param opts wait, lease and dry-run options
     * @return the new machine, the diff and the wait
     */
    public UpdateResult update(UnaryOperator<MachineConfig> change, UpdateOptions opts) {
        io.github.flymachines.internal.validate.Args.notNull(change, "change");
        return Futures.call(() -> updateAsync(change, opts));
    }

    /**
     * Computes the diff an update would make, without a lease and without sending anything.
     *
     * @param change the change
     * @return the diff
     */
    public ConfigDiff previewUpdate(UnaryOperator<MachineConfig> change) {
        io.github.flymachines.internal.validate.Args.notNull(change, "change");
        return Futures.call(() -> previewUpdateAsync(change));
    }

    /**
     * Computes the diff an update would make, without a lease and without sending anything.
     *
     * @param change the change
     * @return the diff
     */
    public CompletableFuture<ConfigDiff> previewUpdateAsync(UnaryOperator<MachineConfig> change) {
        return Requests.runWith(change, "change", () -> {
            return getAsync().thenApply(m -> ConfigDiff.between(m.configOrEmpty(),
                    Validator.changed(change.apply(m.configOrEmpty()))));
        });
    }

    /**
     * Updates the machine's config through a function. See {@link #update(UnaryOperator)}.
     *
     * @param change the change
     * @return the new machine, the diff and the wait
     */
    public CompletableFuture<UpdateResult> updateAsync(UnaryOperator<MachineConfig> change) {
        if (change == null) {
            return io.github.flymachines.internal.validate.Args.refused("change");
        }
        return updateAsync(change, UpdateOptions.DEFAULTS);
    }

    /**
     * Updates the machine's config through a function. See {@link #update(UnaryOperator)}.
     *
     * @param change the change
     * @param opts wait, lease and dry-run options
     * @return the new machine, the diff and the wait
     */
    public CompletableFuture<UpdateResult> updateAsync(UnaryOperator<MachineConfig> change, UpdateOptions opts) {
        return Requests.runWith(change, "change",
                () -> Orchestration.update(this, change, opts == null ? UpdateOptions.DEFAULTS : opts));
    }

    /** @return {@code MachineClient[app/id]} */
    @Override
    public String toString() {
        return "MachineClient[" + app + "/" + id + (currentNonce() != null ? ", leased" : "") + "]";
    }

    record SignalBody(@JsonProperty("signal") Signal signal) {
    }

    record LimitBody(@JsonProperty("limit_mb") int limitMb) {
    }

    record ReclaimBody(@JsonProperty("amount_mb") int amountMb) {
    }

    record ReclaimAnswer(@JsonProperty("actual_mb") Integer actualMb) {
    }
}
