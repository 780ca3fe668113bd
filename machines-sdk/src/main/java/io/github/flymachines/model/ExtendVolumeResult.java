package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The answer to a volume extend.
 *
 * @param volume the volume at its new size (JSON {@code volume})
 * @param needsRestart whether the attached Machine must restart to see the new size (JSON {@code needs_restart})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ExtendVolumeResultReader.class)
public record ExtendVolumeResult(
        @JsonProperty("volume") Volume volume,
        @JsonProperty("needs_restart") Boolean needsRestart,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ExtendVolumeResultBuilder.With {

    /** {@return an empty builder} */
    public static ExtendVolumeResultBuilder builder() {
        return new ExtendVolumeResultBuilder();
    }

    /** @return whether the attached Machine must restart to see the new size (false when unknown) */
    public boolean restartNeeded() {
        return Boolean.TRUE.equals(needsRestart);
    }

    @Override
    public String toString() {
        return ExtendVolumeResultBuilder.render(this);
    }
}
