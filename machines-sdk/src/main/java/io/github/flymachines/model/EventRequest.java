package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * Details attached to a machine event.
 *
 * @param exitEvent the exit, for {@code exit} events (JSON {@code exit_event})
 * @param monitorEvent the monitor event (JSON {@code MonitorEvent})
 * @param restartCount how many times the machine was restarted (JSON {@code restart_count})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventRequest(
        @JsonProperty("exit_event") ExitEvent exitEvent,
        @JsonProperty("MonitorEvent") MonitorEvent monitorEvent,
        @JsonProperty("restart_count") Integer restartCount,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param exitEvent the exit, for {@code exit} events (JSON {@code exit_event})
     * @param monitorEvent the monitor event (JSON {@code MonitorEvent})
     * @param restartCount how many times the machine was restarted (JSON {@code restart_count})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public EventRequest {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("EventRequest")
                .add("exitEvent", exitEvent)
                .add("monitorEvent", monitorEvent)
                .add("restartCount", restartCount)
                .extra(extra)
                .toString();
    }
}
