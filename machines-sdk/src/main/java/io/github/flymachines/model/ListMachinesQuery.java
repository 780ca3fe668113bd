package io.github.flymachines.model;

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
        Map<String, String> metadata, Boolean includeLeases) implements ListMachinesQueryBuilder.With {

    /** {@return an empty builder} */
    public static ListMachinesQueryBuilder builder() {
        return new ListMachinesQueryBuilder();
    }

    /** No filter. */
    public static final ListMachinesQuery ALL = new ListMachinesQueryBuilder().build();

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
        return withStates(List.of(value));
    }

    @Override
    public String toString() {
        return ListMachinesQueryBuilder.render(this);
    }
}
