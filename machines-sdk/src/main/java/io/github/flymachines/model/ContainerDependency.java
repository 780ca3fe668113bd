package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A container this container waits for.
 *
 * @param name the other container (JSON {@code name})
 * @param condition {@code exited_successfully}, {@code healthy} or {@code started} (JSON {@code
 *        condition})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ContainerDependencyReader.class)
public record ContainerDependency(
        @JsonProperty("name") String name,
        @JsonProperty("condition") String condition,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ContainerDependencyBuilder.With {

    /** {@return an empty builder} */
    public static ContainerDependencyBuilder builder() {
        return new ContainerDependencyBuilder();
    }

    @Override
    public String toString() {
        return ContainerDependencyBuilder.render(this);
    }
}
