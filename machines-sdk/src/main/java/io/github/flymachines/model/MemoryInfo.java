package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The memory balloon of a Machine.
 *
 * @param limitMb the current limit in MB (JSON {@code limit_mb})
 * @param availableMb memory available to the guest in MB (JSON {@code available_mb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MemoryInfo(
        @JsonProperty("limit_mb") Integer limitMb,
        @JsonProperty("available_mb") Integer availableMb,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param limitMb the current limit in MB (JSON {@code limit_mb})
     * @param availableMb memory available to the guest in MB (JSON {@code available_mb})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public MemoryInfo {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MemoryInfo")
                .add("limitMb", limitMb)
                .add("availableMb", availableMb)
                .extra(extra)
                .toString();
    }
}
