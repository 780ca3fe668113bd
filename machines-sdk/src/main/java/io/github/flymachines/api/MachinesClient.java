package io.github.flymachines.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.lifecycle.CreateAttempt;
import java.util.function.Consumer;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.validate.Validator;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ListMachinesQuery;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.time.Duration;
import io.github.flymachines.lifecycle.EphemeralMachine;
import io.github.flymachines.lifecycle.RunOptions;
import io.github.flymachines.lifecycle.ScaleOutRequest;
import io.github.flymachines.lifecycle.ScaleOutResult;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.WaitState;

/**
 * The Machines of one app: list, create, get, and {@link #withId(String)} for one machine.
 * Immutable and thread-safe; every method has an {@code Async} twin.
 *
 * <p>Create is safe to retry: the SDK writes a client request id into
 * {@code config.metadata[}{@value #REQUEST_ID_METADATA_KEY}{@code ]} before the first attempt and,
 * after a failure whose outcome is unknown, looks the machine up by it and adopts it instead of
 * creating a second one.
 */
public final class MachinesClient {
    /** The metadata key that carries the SDK's client request id on machines it creates. */
    public static final String REQUEST_ID_METADATA_KEY = "machines_sdk_request_id";

    private static final TypeReference<List<Machine>> MACHINE_LIST = new TypeReference<>() {
    };

    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;
    private final Consumer<CreateAttempt> createAttempts;

    MachinesClient(ClientContext ctx, RequestOptions options, String app) {
        this(ctx, options, app, null);
    }

    private MachinesClient(ClientContext ctx, RequestOptions options, String app, Consumer<CreateAttempt> attempts) {
        this.ctx = ctx;
        this.options = options;
        this.app = app;
        this.createAttempts = attempts;
    }

    /** @return the app name */
    public String app() {
        return app;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public MachinesClient withOptions(RequestOptions value) {
        return new MachinesClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app, createAttempts);
    }

    /**
     * Returns a view of this client that reports every failed attempt of its machine creates
     * (including those made by {@code run}, {@code runEphemeral}, {@code clone} and
     * {@code scaleOut}): the region asked for, the failure, and whether the SDK tries again, for
     * example in the next fallback region after a capacity error. The listener runs on the thread
     * that saw the failure and must not block; an exception it throws is ignored.
     *
     * @param listener receives each failed attempt
     * @return the view
     */
    public MachinesClient withCreateAttemptListener(Consumer<CreateAttempt> listener) {
        return new MachinesClient(ctx, options, app, io.github.flymachines.internal.validate.Args.notNull(listener, "listener"));
    }

    /**
     * Returns the client of one machine.
     *
     * @param machineId the machine id
     * @return the machine client
     */
    public MachineClient withId(String machineId) {
        return new MachineClient(ctx, options, app, machineId, null);
    }

    /**
     * Lists the app's machines (destroyed ones excluded).
     *
     * @return the machines
     */
    public List<Machine> list() {
        return Futures.call(() -> listAsync(ListMachinesQuery.ALL));
    }

    /**
     * Lists the app's machines matching a filter.
     *
     * @param query the filter
     * @return the machines
     */
    public List<Machine> list(ListMachinesQuery query) {
        return Futures.call(() -> listAsync(query));
    }

    /**
     * Lists the app's machines (destroyed ones excluded).
     *
     * @return the machines
     */
    public CompletableFuture<List<Machine>> listAsync() {
        return listAsync(ListMachinesQuery.ALL);
    }

    /**
     * Lists the app's machines matching a filter. Metadata filters are sent to the API and
     * re-applied to the answer, so they hold even where the API ignores them.
     *
     * @param query the filter
     * @return the machines
     */
    public CompletableFuture<List<Machine>> listAsync(ListMachinesQuery query) {
        return listAsync(query, options);
    }

    private CompletableFuture<List<Machine>> listAsync(ListMachinesQuery query, RequestOptions opts) {
        return Requests.run(() -> {
            ListMachinesQuery q = query == null ? ListMachinesQuery.ALL : query;
            ApiRequest.Builder b = ApiRequest.builder(Operation.MACHINES_LIST).path("app_name", app)
                    .query("include_deleted", q.includeDeleted())
                    .query("region", q.region())
                    .query("summary", q.summary())
                    .query("include_leases", q.includeLeases());
            if (!q.states().isEmpty()) {
                b.query("state", q.states().stream().map(MachineState::value).collect(Collectors.joining(",")));
            }
            q.metadata().forEach((k, v) -> b.query("metadata." + k, v));
            return ctx.send(b.build(), Decoders.<List<Machine>>json(MACHINE_LIST.getType()), opts)
                    .thenApply(list -> filterMetadata(list, q.metadata()));
        });
    }

    private static List<Machine> filterMetadata(List<Machine> list, Map<String, String> wanted) {
        if (wanted.isEmpty()) {
            return list;
        }
        List<Machine> out = new ArrayList<>();
        for (Machine m : list) {
            Map<String, String> md = m.config() == null ? Map.of() : m.config().metadata();
            if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(md.get(e.getKey())))) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reads one machine.
     *
     * @param machineId the machine id
     * @return the machine
     */
    public Machine get(String machineId) {
        return withId(machineId).get();
    }

    /**
     * Reads one machine.
     *
     * @param machineId the machine id
     * @return the machine
     */
    public CompletableFuture<Machine> getAsync(String machineId) {
        return Requests.run(() -> withId(machineId).getAsync());
    }

    /**
     * Creates a machine. See {@link #createAsync(CreateMachineRequest)}.
     *
     * @param request the request
     * @return the machine as created (usually {@code created} or {@code starting})
     */
    public Machine create(CreateMachineRequest request) {
        return Futures.call(() -> createAsync(request));
    }

    /**
     * Creates a machine, safely: the request is validated before anything is sent; capacity
     * errors and throttling are retried (in the next of {@code fallbackRegions}, when given);
     * after a failure whose outcome is unknown (timeout, reset, 5xx, unreadable answer) the SDK
     * looks the machine up by its client request id and adopts it rather than create a second.
     *
     * @param request the request
     * @return the machine as created
     */
    public CompletableFuture<Machine> createAsync(CreateMachineRequest request) {
        return Requests.run(() -> {
            Validator.create(request);
            String requestId = newRequestId();
            MachineConfig config = request.config();
            Map<String, String> metadata = new LinkedHashMap<>(config.metadata());
            metadata.put(REQUEST_ID_METADATA_KEY, requestId);
            CreateMachineRequest wire = request.withConfig(config.withMetadata(metadata));
            List<String> regions = request.fallbackRegions();
            CreateMachineRequest first = regions.isEmpty() ? wire : wire.withRegion(regions.get(0));
            ApiRequest req = ApiRequest.builder(Operation.MACHINES_CREATE).path("app_name", app).body(first).build();
            Call<Machine> call = Call.of(req, Decoders.<Machine>json(Machine.class))
                    .options(options)
                    .regions(regions, (r, region) -> r.withBody(wire.withRegion(region)))
                    .adopter(sent -> findByRequestId(requestId))
                    .regionOf(MachinesClient::regionOf)
                    .listener(createAttempts == null ? null : new CreateAttemptReporter(createAttempts))
                    .build();
            return ctx.execute(call).thenApply(m -> {
                // with lease_ttl the machine is created leased to the caller: later mutations need the nonce
                if (m != null && m.id() != null && m.nonce() != null && !m.nonce().isEmpty()) {
                    ctx.rememberLease(app, m.id(), m.nonce());
                }
                return m;
            });
        });
    }

    /**
     * Finds the machine carrying a client request id (used to adopt the result of an ambiguous
     * create).
     *
     * @param requestId the id written into {@code config.metadata}
     * @return the machine, when it exists
     */
    public CompletableFuture<Optional<Machine>> findByRequestId(String requestId) {
        if (requestId == null) {
            return io.github.flymachines.internal.validate.Args.refused("requestId");
        }
        return listAsync(ListMachinesQuery.byMetadata(REQUEST_ID_METADATA_KEY, requestId), options)
                .thenApply(list -> list.stream().findFirst());
    }

    java.time.Clock clock() {
        return ctx.engine().clock();
    }

    // ---- orchestration

    /**
     * Creates a machine and waits until it is started. See {@link #runAsync(CreateMachineRequest, RunOptions)}.
     *
     * @param request the machine
     * @return the started machine
     */
    public Machine run(CreateMachineRequest request) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        return Futures.call(() -> runAsync(request, RunOptions.DEFAULTS));
    }

    /**
     * Creates a machine and waits until it is started. See {@link #runAsync(CreateMachineRequest, RunOptions)}.
     *
     * @param request the machine
     * @return the started machine
     */
    public CompletableFuture<Machine> runAsync(CreateMachineRequest request) {
        if (request == null) {
            return io.github.flymachines.internal.validate.Args.refused("request");
        }
        return runAsync(request, RunOptions.DEFAULTS);
    }

    /**
     * Creates a machine and waits until it is started.
     *
     * @param request the machine
     * @param opts wait timeout and failure policy
     * @return the started machine
     */
    public Machine run(CreateMachineRequest request, RunOptions opts) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        return Futures.call(() -> runAsync(request, opts));
    }

    /**
     * Creates a machine (with the retry and placement policy) and waits until it is
     * {@code started}. If anything fails after the machine exists (it fails to start, the wait
     * times out, the future is cancelled), the machine is destroyed unless {@code keepOnFailure}
     * is set: no billable machine leaks. A machine that fails to start in one of the request's
     * {@code fallbackRegions} is replaced by one in the next region.
     *
     * @param request the machine
     * @param opts wait timeout and failure policy
     * @return the started machine
     */
    public CompletableFuture<Machine> runAsync(CreateMachineRequest request, RunOptions opts) {
        return Requests.runWith(request, "request",
                () -> Orchestration.run(this, request, opts == null ? RunOptions.DEFAULTS : opts)
                        .thenApply(Orchestration.Started::machine));
    }

    /**
     * Runs a machine for the length of a try-with-resources block: created with
     * {@code auto_destroy} and restart policy {@code no}, started before this returns, destroyed
     * (and awaited) on {@code close()}.
     *
     * @param config the machine's config
     * @return the running machine
     */
    public EphemeralMachine runEphemeral(MachineConfig config) {
        return Futures.join(runEphemeralAsync(CreateMachineRequest.of(config), RunOptions.DEFAULTS));
    }

    /**
     * Runs a machine for the length of a try-with-resources block. See {@link #runEphemeral(MachineConfig)}.
     *
     * @param config the machine's config
     * @return the running machine
     */
    public CompletableFuture<EphemeralMachine> runEphemeralAsync(MachineConfig config) {
        return Requests.run(() -> runEphemeralAsync(CreateMachineRequest.of(config), RunOptions.DEFAULTS));
    }

    /**
     * Runs a machine for the length of a try-with-resources block, from a full create request
     * (region, name, metadata...). See {@link #runEphemeral(MachineConfig)}.
     *
     * @param request the create request
     * @return the running machine
     */
    public EphemeralMachine runEphemeral(CreateMachineRequest request) {
        return Futures.join(runEphemeralAsync(request, RunOptions.DEFAULTS));
    }

    /**
     * Runs a machine for the length of a try-with-resources block, from a full create request.
     * See {@link #runEphemeral(MachineConfig)}.
     *
     * @param request the create request
     * @return the running machine
     */
    public CompletableFuture<EphemeralMachine> runEphemeralAsync(CreateMachineRequest request) {
        return runEphemeralAsync(request, RunOptions.DEFAULTS);
    }

    /**
     * Runs a machine for the length of a try-with-resources block.
     *
     * @param request the machine (auto_destroy and restart policy {@code no} are set by the SDK)
     * @param opts wait timeout and failure policy
     * @return the running machine
     */
    public EphemeralMachine runEphemeral(CreateMachineRequest request, RunOptions opts) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        return Futures.join(runEphemeralAsync(request, opts));
    }

    /**
     * Runs a machine for the length of a try-with-resources block.
     *
     * @param request the machine (auto_destroy and restart policy {@code no} are set by the SDK)
     * @param opts wait timeout and failure policy
     * @return the running machine
     */
    public CompletableFuture<EphemeralMachine> runEphemeralAsync(CreateMachineRequest request, RunOptions opts) {
        return Requests.runWith(request, "request",
                () -> Orchestration.ephemeral(this, request, opts == null ? RunOptions.DEFAULTS : opts));
    }

    /**
     * Clones a machine into a region and waits until the clone is started. The source's config is
     * copied, leaving out what belongs to one machine: its volume mounts, the machines it stands
     * by for, and the SDK's request id.
     *
     * @param sourceId the machine to clone
     * @param region the region of the clone (null: the source's region)
     * @return the started clone
     */
    public Machine clone(String sourceId, String region) {
        return Futures.call(() -> cloneAsync(sourceId, region, RunOptions.DEFAULTS));
    }

    /**
     * Clones a machine into a region and waits until the clone is started.
     *
     * @param sourceId the machine to clone
     * @param region the region of the clone (null: the source's region)
     * @return the started clone
     */
    public CompletableFuture<Machine> cloneAsync(String sourceId, String region) {
        return cloneAsync(sourceId, region, RunOptions.DEFAULTS);
    }

    /**
     * Clones a machine into a region and waits until the clone is started.
     *
     * @param sourceId the machine to clone
     * @param region the region of the clone (null: the source's region)
     * @param opts wait timeout and failure policy
     * @return the started clone
     */
    public Machine clone(String sourceId, String region, RunOptions opts) {
        return Futures.call(() -> cloneAsync(sourceId, region, opts));
    }

    /**
     * Clones a machine into a region and waits until the clone is started.
     *
     * @param sourceId the machine to clone
     * @param region the region of the clone (null: the source's region)
     * @param opts wait timeout and failure policy
     * @return the started clone
     */
    public CompletableFuture<Machine> cloneAsync(String sourceId, String region, RunOptions opts) {
        return Requests.run(() -> Orchestration.clone(this, sourceId, region, opts == null ? RunOptions.DEFAULTS : opts));
    }

    /**
     * Creates N machines from one template across regions, with bounded concurrency and within
     * the client's rate limits, each waited for until started. Each machine falls back through the
     * request's regions on its own; by default ({@code KEEP}) what started is kept and the result
     * holds one outcome per machine; {@code ROLLBACK} is an option. Naming regions on both the
     * template and the request is refused.
     *
     * @param request the template, count, regions, concurrency and failure policy
     * @return the machines started and the failures
     * @throws io.github.flymachines.lifecycle.ScaleOutException with the {@code ROLLBACK} policy, when any failed
     */
    public ScaleOutResult scaleOut(ScaleOutRequest request) {
        io.github.flymachines.internal.validate.Args.notNull(request, "request");
        return Futures.join(scaleOutAsync(request));
    }

    /**
     * Creates N machines from one template across regions. See {@link #scaleOut(ScaleOutRequest)}.
     *
     * @param request the template, count, regions, concurrency and failure policy
     * @return the machines started and the failures
     */
    public CompletableFuture<ScaleOutResult> scaleOutAsync(ScaleOutRequest request) {
        return Requests.runWith(request, "request", () -> Orchestration.scaleOut(this, request));
    }

    /**
     * Reconciles a group to {@code count} started machines: the machines whose metadata carries
     * every pair of {@code selector}. Missing ones are created from {@code template} (the selector
     * is written into their metadata), stopped ones started, failed ones replaced, and the newest
     * extras destroyed (stopped first, no force). Calling it again after a fault converges to the
     * same state; it never leaves more than {@code count} machines in the group that it can see.
     *
     * @param count how many started machines
     * @param selector the metadata pairs of the group
     * @param template the machine to create when some are missing (name and region unset, or
     *        region set and no regions elsewhere)
     * @return what it did
     */
    public io.github.flymachines.lifecycle.ScaleToResult scaleTo(int count, Map<String, String> selector,
            CreateMachineRequest template) {
        return Futures.call(() -> scaleToAsync(count, selector, template));
    }

    /**
     * Reconciles a group to {@code count} started machines. See {@link #scaleTo(int, Map, CreateMachineRequest)}.
     *
     * @param count how many started machines
     * @param selector the metadata pairs of the group
     * @param template the machine to create when some are missing
     * @return what it did
     */
    public CompletableFuture<io.github.flymachines.lifecycle.ScaleToResult> scaleToAsync(int count,
            Map<String, String> selector, CreateMachineRequest template) {
        return Requests.run(() -> scaleToAsync(io.github.flymachines.lifecycle.ScaleToRequest.of(template, count,
                selector)));
    }

    /**
     * Reconciles a group to a number of started machines. See {@link #scaleTo(int, Map, CreateMachineRequest)}.
     *
     * @param request the group, count, template, regions and waits
     * @return what it did
     */
    public io.github.flymachines.lifecycle.ScaleToResult scaleTo(io.github.flymachines.lifecycle.ScaleToRequest request) {
        return Futures.call(() -> scaleToAsync(request));
    }

    /**
     * Reconciles a group to a number of started machines. See {@link #scaleTo(int, Map, CreateMachineRequest)}.
     *
     * @param request the group, count, template, regions and waits
     * @return what it did
     */
    public CompletableFuture<io.github.flymachines.lifecycle.ScaleToResult> scaleToAsync(
            io.github.flymachines.lifecycle.ScaleToRequest request) {
        return Requests.run(() -> Orchestration.scaleTo(this, io.github.flymachines.internal.validate.Args.notNull(request, "request")));
    }

    /**
     * Waits until every machine reaches a state.
     *
     * @param machineIds the machines
     * @param state the state
     * @param timeout the deadline for each
     * @return the outcomes, in the order of the ids
     */
    public List<WaitOutcome> waitForAll(List<String> machineIds, WaitState state, Duration timeout) {
        return Futures.join(waitForAllAsync(machineIds, state, timeout));
    }

    /**
     * Waits until every machine reaches a state, as one combined future. It fails as soon as one
     * wait fails (cancelling the others); cancelling it cancels every wait.
     *
     * @param machineIds the machines
     * @param state the state
     * @param timeout the deadline for each
     * @return the outcomes, in the order of the ids
     */
    public CompletableFuture<List<WaitOutcome>> waitForAllAsync(List<String> machineIds, WaitState state,
            Duration timeout) {
        if (machineIds == null) {
            return io.github.flymachines.internal.validate.Args.refused("machineIds");
        }
        if (state == null) {
            return io.github.flymachines.internal.validate.Args.refused("state");
        }
        if (timeout == null) {
            return io.github.flymachines.internal.validate.Args.refused("timeout");
        }
        return Requests.run(() -> Orchestration.waitForAll(this, List.copyOf(machineIds), state, timeout));
    }

    private static String regionOf(ApiRequest sent) {
        if (sent.bodyObject() instanceof CreateMachineRequest c) {
            return c.region();
        }
        com.fasterxml.jackson.databind.JsonNode body = io.github.flymachines.internal.json.Json.treeOrNull(sent.body());
        return body == null || !body.path("region").isTextual() ? null : body.path("region").asText();
    }

    private static String hex16(long v) {
        String h = Long.toHexString(v);
        return h.length() == 16 ? h : "0".repeat(16 - h.length()) + h;
    }

    private String newRequestId() {
        var r = ctx.engine().random();
        return hex16(r.nextLong()) + hex16(r.nextLong());
    }
}
