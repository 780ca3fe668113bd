package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.OrgListQuery;
import io.github.flymachines.model.OrgMachine;
import io.github.flymachines.model.Page;
import io.github.flymachines.model.Volume;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One organization's machines and volumes across all its apps: {@code fly.org("my-org")}. The
 * lists are cursor-paginated, eventually consistent snapshots. Iterate lazily with
 * {@link #machines(OrgListQuery)} / {@link #volumes(OrgListQuery)}, or page yourself with the
 * {@code ...PageAsync} methods. A page can be empty and still have a next cursor, and can list
 * {@link Page#errorRegions()} it could not read.
 */
public final class OrgClient {
    /** The largest page size the API accepts (advisory). */
    public static final int MAX_PAGE_SIZE = 1000;

    private final ClientContext ctx;
    private final RequestOptions options;
    private final String slug;

    OrgClient(ClientContext ctx, RequestOptions options, String slug) {
        ApiRequest.segment("org_slug", slug);
        this.ctx = ctx;
        this.options = options;
        this.slug = slug;
    }

    /** @return the organization slug */
    public String slug() {
        return slug;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public OrgClient withOptions(RequestOptions value) {
        return new OrgClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), slug);
    }

    /**
     * Lists the organization's machines lazily. The query is validated now; pages are fetched
     * as iteration reaches them.
     *
     * @param query the filters ({@link OrgListQuery#ALL} for none)
     * @return the machines
     */
    public Paginated<OrgMachine> machines(OrgListQuery query) {
        SurfaceValidator.orgQuery(query);
        return new Paginated<>(cursor -> machinesPageAsync(query, cursor));
    }

    /**
     * Reads one page of machines.
     *
     * @param query the filters
     * @param cursor the cursor from the previous page, or null for the first
     * @return the page
     */
    public Page<OrgMachine> machinesPage(OrgListQuery query, String cursor) {
        return Futures.join(machinesPageAsync(query, cursor));
    }

    /**
     * Reads one page of machines.
     *
     * @param query the filters
     * @param cursor the cursor from the previous page, or null for the first
     * @return the page
     */
    public CompletableFuture<Page<OrgMachine>> machinesPageAsync(OrgListQuery query, String cursor) {
        return pageAsync(Operation.ORG_MACHINES_LIST, query, cursor, MachinesBody.class);
    }

    /**
     * Lists the organization's volumes lazily.
     *
     * @param query the filters ({@link OrgListQuery#ALL} for none)
     * @return the volumes (with {@link Volume#appName()} set)
     */
    public Paginated<Volume> volumes(OrgListQuery query) {
        SurfaceValidator.orgQuery(query);
        return new Paginated<>(cursor -> volumesPageAsync(query, cursor));
    }

    /**
     * Reads one page of volumes.
     *
     * @param query the filters
     * @param cursor the cursor from the previous page, or null for the first
     * @return the page
     */
    public Page<Volume> volumesPage(OrgListQuery query, String cursor) {
        return Futures.join(volumesPageAsync(query, cursor));
    }

    /**
     * Reads one page of volumes.
     *
     * @param query the filters
     * @param cursor the cursor from the previous page, or null for the first
     * @return the page
     */
    public CompletableFuture<Page<Volume>> volumesPageAsync(OrgListQuery query, String cursor) {
        return pageAsync(Operation.ORG_VOLUMES_LIST, query, cursor, VolumesBody.class);
    }

    /** Reads one page of an org list: the query checked, the request sent, the body's items as the page. */
    private <T, B extends PageBody<T>> CompletableFuture<Page<T>> pageAsync(Operation op, OrgListQuery query,
            String cursor, Class<B> body) {
        return Requests.run(() -> {
            SurfaceValidator.orgQuery(query);
            return ctx.send(request(op, query, cursor), Decoders.<B>json(body), options)
                    .thenApply(b -> new Page<>(b.items(), b.nextCursor(), null, b.errorRegions()));
        });
    }

    private ApiRequest request(Operation op, OrgListQuery q, String cursor) {
        return ApiRequest.builder(op).path("org_slug", slug)
                .query("include_deleted", q.includeDeleted())
                .query("region", q.region())
                .query("state", q.states().isEmpty() ? null : String.join(",", q.states()))
                .query("summary", q.summary())
                .query("updated_after", q.updatedAfter() == null ? null
                        : DateTimeFormatter.ISO_INSTANT.format(q.updatedAfter()))
                .query("cursor", cursor == null || cursor.isBlank() ? null : cursor)
                .query("limit", q.pageSize())
                .build();
    }

    /** An org list's answer: one page of items, the next cursor and the regions it could not read. */
    private interface PageBody<T> {
        List<T> items();

        String nextCursor();

        List<String> errorRegions();
    }

    record MachinesBody(@JsonProperty("machines") List<OrgMachine> machines,
            @JsonProperty("next_cursor") String nextCursor,
            @JsonProperty("last_machine_id") String lastMachineId,
            @JsonProperty("last_updated_at") String lastUpdatedAt,
            @JsonProperty("error_regions") List<String> errorRegions) implements PageBody<OrgMachine> {
        @Override
        public List<OrgMachine> items() {
            return machines;
        }
    }

    record VolumesBody(@JsonProperty("volumes") List<Volume> volumes,
            @JsonProperty("next_cursor") String nextCursor,
            @JsonProperty("last_volume_id") String lastVolumeId,
            @JsonProperty("last_updated_at") String lastUpdatedAt,
            @JsonProperty("error_regions") List<String> errorRegions) implements PageBody<Volume> {
        @Override
        public List<Volume> items() {
            return volumes;
        }
    }
}
