package io.github.flymachines.model;

import io.github.flymachines.internal.util.Models;
import java.util.List;
import java.util.Map;

/**
 * Filters for listing the Machines of an app.
 *
 * @param includeDeleted also list destroyed machines
 * @param region only this region
 * @param states only these states (the API accepts created, started, stopped, suspended)
 * @param summary leave out the config to make the answer smaller
 * @param metadata only machines whose metadata has all these key/value pairs (applied on the
 *        server by newer APIs and always re-checked by the SDK)
 * @param includeLeases include each machine's lease (newer API)
 */
public record ListMachinesQuery(Boolean includeDeleted, String region, List<MachineState> states, Boolean summary,
        Map<String, String> metadata, Boolean includeLeases) {
    /** No filter. */
    public static final ListMachinesQuery ALL = new ListMachinesQuery(null, null, null, null, null, null);

    /**
     * Creates the record. Copies the collections.
     *
     * @param includeDeleted also list destroyed machines
     * @param region only this region
     * @param states only these states (the API accepts created, started, stopped, suspended)
     * @param summary leave out the config to make the answer smaller
     * @param metadata only machines whose metadata has all these key/value pairs (applied on the
     *        server by newer APIs and always re-checked by the SDK)
     * @param includeLeases include each machine's lease (newer API)
     */
    public ListMachinesQuery {
        states = Models.list(states);
        metadata = Models.map(metadata);
    }

    /**
     * Returns a filter on one metadata pair.
     *
     * @param key the metadata key
     * @param value the value
     * @return the query
     */
    public static ListMachinesQuery byMetadata(String key, String value) {
        return ALL.withMetadata(Map.of(key, value));
    }

    /**
     * Returns a copy filtering on states.
     *
     * @param value the states
     * @return the copy
     */
    public ListMachinesQuery withStates(MachineState... value) {
        return new ListMachinesQuery(includeDeleted, region, List.of(value), summary, metadata, includeLeases);
    }

    /**
     * Returns a copy filtering on a region.
     *
     * @param value the region
     * @return the copy
     */
    public ListMachinesQuery withRegion(String value) {
        return new ListMachinesQuery(includeDeleted, value, states, summary, metadata, includeLeases);
    }

    /**
     * Returns a copy filtering on metadata.
     *
     * @param value the key/value pairs, all of which must match
     * @return the copy
     */
    public ListMachinesQuery withMetadata(Map<String, String> value) {
        return new ListMachinesQuery(includeDeleted, region, states, summary, value, includeLeases);
    }

    /**
     * Returns a copy that includes destroyed machines or not.
     *
     * @param value whether to include them
     * @return the copy
     */
    public ListMachinesQuery withIncludeDeleted(Boolean value) {
        return new ListMachinesQuery(value, region, states, summary, metadata, includeLeases);
    }

    /**
     * Returns a copy asking for summaries (no config) or not.
     *
     * @param value whether to summarize
     * @return the copy
     */
    public ListMachinesQuery withSummary(Boolean value) {
        return new ListMachinesQuery(includeDeleted, region, states, value, metadata, includeLeases);
    }

    /**
     * Returns a copy asking for leases or not.
     *
     * @param value whether to include leases
     * @return the copy
     */
    public ListMachinesQuery withIncludeLeases(Boolean value) {
        return new ListMachinesQuery(includeDeleted, region, states, summary, metadata, value);
    }
}
