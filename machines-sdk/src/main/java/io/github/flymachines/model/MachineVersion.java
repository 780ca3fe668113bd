package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * One version of a Machine's configuration.
 *
 * @param version the version id (a ULID) (JSON {@code version})
 * @param userConfig the configuration of that version (JSON {@code user_config})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MachineVersion(
        @JsonProperty("version") String version,
        @JsonProperty("user_config") MachineConfig userConfig,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param version the version id (a ULID) (JSON {@code version})
     * @param userConfig the configuration of that version (JSON {@code user_config})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public MachineVersion {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MachineVersion")
                .add("version", version)
                .add("userConfig", userConfig)
                .extra(extra)
                .toString();
    }
}
