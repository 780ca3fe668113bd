package io.github.flymachines.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

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

    MachinesClient(ClientContext ctx, RequestOptions options, String app) {
        this.ctx = ctx;
        this.options = options;
        this.app = app;
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
        return new MachinesClient(ctx, Objects.requireNonNull(value, "options").orElse(options), app);
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
        return Futures.join(listAsync(ListMachinesQuery.ALL));
    }

    /**
     * Lists the app's machines matching a filter.
     *
     * @param query the filter
     * @return the machines
     */
    public List<Machine> list(ListMachinesQuery query) {
        return Futures.join(listAsync(query));
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
        return Futures.join(createAsync(request));
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
                    .build();
            return ctx.execute(call);
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
        return listAsync(ListMachinesQuery.byMetadata(REQUEST_ID_METADATA_KEY, requestId), options)
                .thenApply(list -> list.stream().findFirst());
    }

    private String newRequestId() {
        var r = ctx.engine().random();
        return String.format("%016x%016x", r.nextLong(), r.nextLong());
    }
}
