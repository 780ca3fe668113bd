package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A monitor event wrapping an exit.
 *
 * @param exitEvent the exit (JSON {@code exit_event})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MonitorEventReader.class)
public record MonitorEvent(
        @JsonProperty("exit_event") ExitEvent exitEvent,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MonitorEventBuilder.With {

    /** {@return an empty builder} */
    public static MonitorEventBuilder builder() {
        return new MonitorEventBuilder();
    }

    @Override
    public String toString() {
        return MonitorEventBuilder.render(this);
    }
}
