package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The answer to a volume extend.
 *
 * @param volume the volume at its new size (JSON {@code volume})
 * @param needsRestart whether the attached Machine must restart to see the new size (JSON {@code needs_restart})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExtendVolumeResult(
        @JsonProperty("volume") Volume volume,
        @JsonProperty("needs_restart") Boolean needsRestart,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param volume the volume at its new size (JSON {@code volume})
     * @param needsRestart whether the attached Machine must restart to see the new size (JSON {@code needs_restart})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ExtendVolumeResult {
        extra = Models.extra(extra);
    }

    /** @return whether the attached Machine must restart to see the new size (false when unknown) */
    public boolean restartNeeded() {
        return Boolean.TRUE.equals(needsRestart);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ExtendVolumeResult")
                .add("volume", volume)
                .add("needsRestart", needsRestart)
                .extra(extra)
                .toString();
    }
}
