package io.github.flymachines.model;

import java.time.Instant;
import java.util.List;

/**
 * Filters for the organization-wide machine and volume lists. The lists are eventually
 * consistent snapshots ("point in time"); {@code updatedAfter} makes incremental syncs cheap.
 *
 * @param includeDeleted also list destroyed resources (JSON query {@code include_deleted})
 * @param region only this region (JSON query {@code region})
 * @param states only these states, sent comma-separated (JSON query {@code state})
 * @param summary leave out details (JSON query {@code summary})
 * @param updatedAfter only resources changed after this instant, sent as RFC 3339 (JSON query
 *        {@code updated_after})
 * @param pageSize the page size to ask for, 1 to 1000; advisory: the API may answer with more or
 *        fewer items, and iteration never relies on it (JSON query {@code limit})
 */
public record OrgListQuery(Boolean includeDeleted, String region, List<String> states, Boolean summary,
        Instant updatedAfter, Integer pageSize) implements OrgListQueryBuilder.With {

    /** {@return an empty builder} */
    public static OrgListQueryBuilder builder() {
        return new OrgListQueryBuilder();
    }

    /** No filter, the API's default page size. */
    public static final OrgListQuery ALL = new OrgListQueryBuilder().build();

    /**
     * Returns a copy filtering on states.
     *
     * @param value the states, e.g. {@code started}
     * @return the copy
     */
    public OrgListQuery withStates(String... value) {
        return withStates(List.of(value));
    }

    @Override
    public String toString() {
        return OrgListQueryBuilder.render(this);
    }
}
