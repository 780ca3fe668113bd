package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The part of a Machine's config an organization list shows.
 *
 * @param image the image (JSON {@code image})
 * @param guest the size (JSON {@code guest})
 * @param metadata the metadata (JSON {@code metadata})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OrgMachineConfig(
        @JsonProperty("image") String image,
        @JsonProperty("guest") Guest guest,
        @JsonProperty("metadata") Map<String, String> metadata,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param image the image (JSON {@code image})
     * @param guest the size (JSON {@code guest})
     * @param metadata the metadata (JSON {@code metadata})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public OrgMachineConfig {
        metadata = Models.map(metadata);
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("OrgMachineConfig")
                .add("image", image)
                .add("guest", guest)
                .add("metadata", metadata)
                .extra(extra)
                .toString();
    }
}
