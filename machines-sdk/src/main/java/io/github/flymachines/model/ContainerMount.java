package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A volume mounted into a container.
 *
 * @param name the volume name (JSON {@code name})
 * @param path the mount path (JSON {@code path})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ContainerMountReader.class)
public record ContainerMount(
        @JsonProperty("name") String name,
        @JsonProperty("path") String path,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ContainerMountBuilder.With {

    /** {@return an empty builder} */
    public static ContainerMountBuilder builder() {
        return new ContainerMountBuilder();
    }

    @Override
    public String toString() {
        return ContainerMountBuilder.render(this);
    }
}
