package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A monitor event wrapping an exit.
 *
 * @param exitEvent the exit (JSON {@code exit_event})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MonitorEvent(
        @JsonProperty("exit_event") ExitEvent exitEvent,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param exitEvent the exit (JSON {@code exit_event})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public MonitorEvent {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MonitorEvent")
                .add("exitEvent", exitEvent)
                .extra(extra)
                .toString();
    }
}
