package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The memory balloon of a Machine.
 *
 * @param limitMb the current limit in MB (JSON {@code limit_mb})
 * @param availableMb memory available to the guest in MB (JSON {@code available_mb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MemoryInfoReader.class)
public record MemoryInfo(
        @JsonProperty("limit_mb") Integer limitMb,
        @JsonProperty("available_mb") Integer availableMb,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MemoryInfoBuilder.With {

    /** {@return an empty builder} */
    public static MemoryInfoBuilder builder() {
        return new MemoryInfoBuilder();
    }

    @Override
    public String toString() {
        return MemoryInfoBuilder.render(this);
    }
}
