package io.github.flymachines.model;

import io.github.flymachines.internal.util.Models;
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
        Instant updatedAfter, Integer pageSize) {
    /** No filter, the API's default page size. */
    public static final OrgListQuery ALL = new OrgListQuery(null, null, null, null, null, null);

    /**
     * Creates the record. Copies the list.
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
    public OrgListQuery {
        states = Models.list(states);
    }

    /**
     * Returns a copy including destroyed resources or not.
     *
     * @param value whether to include them
     * @return the copy
     */
    public OrgListQuery withIncludeDeleted(Boolean value) {
        return new OrgListQuery(value, region, states, summary, updatedAfter, pageSize);
    }

    /**
     * Returns a copy filtering on a region.
     *
     * @param value the region
     * @return the copy
     */
    public OrgListQuery withRegion(String value) {
        return new OrgListQuery(includeDeleted, value, states, summary, updatedAfter, pageSize);
    }

    /**
     * Returns a copy filtering on states.
     *
     * @param value the states, e.g. {@code started}
     * @return the copy
     */
    public OrgListQuery withStates(String... value) {
        return new OrgListQuery(includeDeleted, region, List.of(value), summary, updatedAfter, pageSize);
    }

    /**
     * Returns a copy asking for summaries or not.
     *
     * @param value whether to summarize
     * @return the copy
     */
    public OrgListQuery withSummary(Boolean value) {
        return new OrgListQuery(includeDeleted, region, states, value, updatedAfter, pageSize);
    }

    /**
     * Returns a copy listing only resources changed after an instant.
     *
     * @param value the instant, or null
     * @return the copy
     */
    public OrgListQuery withUpdatedAfter(Instant value) {
        return new OrgListQuery(includeDeleted, region, states, summary, value, pageSize);
    }

    /**
     * Returns a copy asking for a page size (advisory, 1 to 1000).
     *
     * @param value the size, or null for the API default
     * @return the copy
     */
    public OrgListQuery withPageSize(Integer value) {
        return new OrgListQuery(includeDeleted, region, states, summary, updatedAfter, value);
    }
}
