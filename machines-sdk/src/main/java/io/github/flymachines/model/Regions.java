package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.List;
import java.util.Map;

/**
 * The platform's regions and the one nearest the caller. Both the documented
 * ({@code regions}) and the live ({@code Regions}) casing are read.
 *
 * @param regions the regions (JSON {@code regions})
 * @param nearest the nearest region code (JSON {@code nearest})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Regions(
        @JsonProperty("regions") @JsonAlias({"Regions"}) List<Region> regions,
        @JsonProperty("nearest") @JsonAlias({"Nearest"}) String nearest,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param regions the regions (JSON {@code regions})
     * @param nearest the nearest region code (JSON {@code nearest})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public Regions {
        regions = Models.list(regions);
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("Regions")
                .add("regions", regions)
                .add("nearest", nearest)
                .extra(extra)
                .toString();
    }
}
