package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The answer of one {@code GET /machines/{id}/wait} call.
 *
 * @param ok whether the state was reached (JSON {@code ok})
 * @param state the state reached (JSON {@code state})
 * @param eventId the event that reached it (JSON {@code event_id})
 * @param version the machine version (JSON {@code version})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.WaitResultReader.class)
public record WaitResult(
        @JsonProperty("ok") Boolean ok,
        @JsonProperty("state") MachineState state,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("version") String version,
        @JsonAnyGetter Map<String, JsonNode> extra) implements WaitResultBuilder.With {

    /** {@return an empty builder} */
    public static WaitResultBuilder builder() {
        return new WaitResultBuilder();
    }

    @Override
    public String toString() {
        return WaitResultBuilder.render(this);
    }
}
