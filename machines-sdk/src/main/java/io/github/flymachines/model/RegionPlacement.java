package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.RegionPlacementReader.class)
public record RegionPlacement(
        @JsonProperty("region") @JsonAlias({"Region"}) String region,
        @JsonProperty("count") @JsonAlias({"Count"}) Integer count,
        @JsonProperty("concurrency") @JsonAlias({"Concurrency"}) Integer concurrency,
        @JsonAnyGetter Map<String, JsonNode> extra) implements RegionPlacementBuilder.With {

    /** {@return an empty builder} */
    public static RegionPlacementBuilder builder() {
        return new RegionPlacementBuilder();
    }

    /** @return whether at least one machine fits */
    public boolean hasCapacity() {
        return count != null && count > 0;
    }

    @Override
    public String toString() {
        return RegionPlacementBuilder.render(this);
    }
}
