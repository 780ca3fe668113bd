package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.PlacementRequest;
import io.github.flymachines.model.RegionPlacement;
import io.github.flymachines.model.Regions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Platform information: regions and simulated placements, {@code fly.platform()}. Every method
 * has an {@code Async} twin; the blocking form throws the SDK's typed exceptions.
 */
public final class PlatformClient {
    private final ClientContext ctx;
    private final RequestOptions options;

    PlatformClient(ClientContext ctx, RequestOptions options) {
        this.ctx = ctx;
        this.options = options;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public PlatformClient withOptions(RequestOptions value) {
        return new PlatformClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options));
    }

    /**
     * Lists the regions and the one nearest the caller. Reads both the documented
     * ({@code regions}, {@code code}) and the live ({@code Regions}, {@code Code}) field casing.
     *
     * @return the regions
     */
    public Regions regions() {
        return Futures.join(regionsAsync());
    }

    /**
     * Lists the regions and the one nearest the caller.
     *
     * @return the regions
     */
    public CompletableFuture<Regions> regionsAsync() {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.PLATFORM_REGIONS).build(),
                Decoders.<Regions>json(Regions.class), options));
    }

    /**
     * Simulates placing machines: which regions have room for them.
     *
     * @param request the organization, size, region expression and count
     * @return one entry per region the API considered
     */
    public List<RegionPlacement> placements(PlacementRequest request) {
        return Futures.join(placementsAsync(request));
    }

    /**
     * Simulates placing machines.
     *
     * @param request the organization, size, region expression and count
     * @return one entry per region the API considered
     */
    public CompletableFuture<List<RegionPlacement>> placementsAsync(PlacementRequest request) {
        return Requests.run(() -> {
            SurfaceValidator.placement(request);
            return ctx.send(ApiRequest.builder(Operation.PLATFORM_PLACEMENTS).body(request).build(),
                    Decoders.<PlacementsBody>json(PlacementsBody.class), options).thenApply(PlacementsBody::regions);
        });
    }

    /**
     * Checks which candidate regions can take a machine of a size right now: one simulated
     * placement over all the candidates (count 0, so the API answers each region's limit for the
     * organization), keeping the regions with room. The answer lists the candidates with room in
     * the caller's order, followed by any other region with room that an alias among the
     * candidates (such as {@code eu}) expanded to. Pass it to
     * {@code CreateMachineRequest.withFallbackRegions(...)} so the create tries only regions that
     * can take it; an empty answer means none can.
     *
     * @param orgSlug the organization
     * @param guest the machine size, or null for the API default (performance-1x)
     * @param candidateRegions the regions (or aliases) to consider, in order of preference
     * @return the regions with room, best first
     */
    public List<String> regionsWithCapacity(String orgSlug, Guest guest, List<String> candidateRegions) {
        return Futures.join(regionsWithCapacityAsync(orgSlug, guest, candidateRegions));
    }

    /**
     * Checks which candidate regions can take a machine of a size right now. See
     * {@link #regionsWithCapacity(String, Guest, List)}.
     *
     * @param orgSlug the organization
     * @param guest the machine size, or null for the API default
     * @param candidateRegions the regions (or aliases) to consider, in order of preference
     * @return the regions with room, best first
     */
    public CompletableFuture<List<String>> regionsWithCapacityAsync(String orgSlug, Guest guest,
            List<String> candidateRegions) {
        return Requests.run(() -> {
            SurfaceValidator.candidates(candidateRegions);
            PlacementRequest req = PlacementRequest.builder().orgSlug(orgSlug).compute(guest)
                    .region(String.join(",", candidateRegions)).build();
            return placementsAsync(req).thenApply(placements -> {
                Map<String, RegionPlacement> byRegion = new LinkedHashMap<>();
                for (RegionPlacement p : placements) {
                    if (p.region() != null) {
                        byRegion.putIfAbsent(p.region(), p);
                    }
                }
                List<String> out = new ArrayList<>();
                for (String c : candidateRegions) {
                    RegionPlacement p = byRegion.get(c);
                    if (p != null && p.hasCapacity() && !out.contains(c)) {
                        out.add(c);
                    }
                }
                byRegion.forEach((region, p) -> {
                    if (p.hasCapacity() && !out.contains(region)) {
                        out.add(region);
                    }
                });
                return List.copyOf(out);
            });
        });
    }

    record PlacementsBody(@JsonProperty("regions") @JsonAlias("Regions") List<RegionPlacement> regions) {
        PlacementsBody {
            regions = Models.list(regions);
        }
    }
}
