package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The state of one container of a Machine.
 *
 * @param name the name (JSON {@code name})
 * @param state the state (JSON {@code state})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerStatus(
        @JsonProperty("name") String name,
        @JsonProperty("state") String state,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the name (JSON {@code name})
     * @param state the state (JSON {@code state})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ContainerStatus {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ContainerStatus")
                .add("name", name)
                .add("state", state)
                .extra(extra)
                .toString();
    }
}
