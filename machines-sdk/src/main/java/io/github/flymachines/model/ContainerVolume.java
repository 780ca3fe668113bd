package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A volume shared between the containers of a Machine.
 *
 * @param name the name (JSON {@code name})
 * @param tempDir a temporary directory (JSON {@code temp_dir})
 * @param image an image to mount (JSON {@code image})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ContainerVolumeReader.class)
public record ContainerVolume(
        @JsonProperty("name") String name,
        @JsonProperty("temp_dir") TempDir tempDir,
        @JsonProperty("image") String image,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ContainerVolumeBuilder.With {

    /** {@return an empty builder} */
    public static ContainerVolumeBuilder builder() {
        return new ContainerVolumeBuilder();
    }

    @Override
    public String toString() {
        return ContainerVolumeBuilder.render(this);
    }
}
