package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.EventRequestReader.class)
public record EventRequest(
        @JsonProperty("exit_event") ExitEvent exitEvent,
        @JsonProperty("MonitorEvent") MonitorEvent monitorEvent,
        @JsonProperty("restart_count") Integer restartCount,
        @JsonAnyGetter Map<String, JsonNode> extra) implements EventRequestBuilder.With {

    /** {@return an empty builder} */
    public static EventRequestBuilder builder() {
        return new EventRequestBuilder();
    }

    @Override
    public String toString() {
        return EventRequestBuilder.render(this);
    }
}
