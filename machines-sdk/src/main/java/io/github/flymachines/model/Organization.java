package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The organization an app belongs to.
 *
 * @param name the display name (JSON {@code name})
 * @param slug the slug, used in API paths (JSON {@code slug})
 * @param internalNumericId the internal id (JSON {@code internal_numeric_id})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Organization(
        @JsonProperty("name") String name,
        @JsonProperty("slug") String slug,
        @JsonProperty("internal_numeric_id") Long internalNumericId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the display name (JSON {@code name})
     * @param slug the slug, used in API paths (JSON {@code slug})
     * @param internalNumericId the internal id (JSON {@code internal_numeric_id})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public Organization {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("Organization")
                .add("name", name)
                .add("slug", slug)
                .add("internalNumericId", internalNumericId)
                .extra(extra)
                .toString();
    }
}
