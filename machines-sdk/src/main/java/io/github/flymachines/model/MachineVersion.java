package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * One version of a Machine's configuration.
 *
 * @param version the version id (a ULID) (JSON {@code version})
 * @param userConfig the configuration of that version (JSON {@code user_config})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MachineVersionReader.class)
public record MachineVersion(
        @JsonProperty("version") String version,
        @JsonProperty("user_config") MachineConfig userConfig,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MachineVersionBuilder.With {

    /** {@return an empty builder} */
    public static MachineVersionBuilder builder() {
        return new MachineVersionBuilder();
    }

    @Override
    public String toString() {
        return MachineVersionBuilder.render(this);
    }
}
