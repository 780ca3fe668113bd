package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The state of one container of a Machine.
 *
 * @param name the name (JSON {@code name})
 * @param state the state (JSON {@code state})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ContainerStatusReader.class)
public record ContainerStatus(
        @JsonProperty("name") String name,
        @JsonProperty("state") String state,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ContainerStatusBuilder.With {

    /** {@return an empty builder} */
    public static ContainerStatusBuilder builder() {
        return new ContainerStatusBuilder();
    }

    @Override
    public String toString() {
        return ContainerStatusBuilder.render(this);
    }
}
