package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.RegionsReader.class)
public record Regions(
        @JsonProperty("regions") @JsonAlias({"Regions"}) List<Region> regions,
        @JsonProperty("nearest") @JsonAlias({"Nearest"}) String nearest,
        @JsonAnyGetter Map<String, JsonNode> extra) implements RegionsBuilder.With {

    /** {@return an empty builder} */
    public static RegionsBuilder builder() {
        return new RegionsBuilder();
    }

    @Override
    public String toString() {
        return RegionsBuilder.render(this);
    }
}
