package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A simulated placement in one region.
 *
 * @param region the region (JSON {@code region})
 * @param count how many machines fit (or the org limit when count was 0) (JSON {@code count})
 * @param concurrency placement concurrency (JSON {@code concurrency})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RegionPlacement(
        @JsonProperty("region") @JsonAlias({"Region"}) String region,
        @JsonProperty("count") @JsonAlias({"Count"}) Integer count,
        @JsonProperty("concurrency") @JsonAlias({"Concurrency"}) Integer concurrency,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param region the region (JSON {@code region})
     * @param count how many machines fit (or the org limit when count was 0) (JSON {@code count})
     * @param concurrency placement concurrency (JSON {@code concurrency})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public RegionPlacement {
        extra = Models.extra(extra);
    }

    /** @return whether at least one machine fits */
    public boolean hasCapacity() {
        return count != null && count > 0;
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("RegionPlacement")
                .add("region", region)
                .add("count", count)
                .add("concurrency", concurrency)
                .extra(extra)
                .toString();
    }
}
