package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record WaitResult(
        @JsonProperty("ok") Boolean ok,
        @JsonProperty("state") MachineState state,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("version") String version,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param ok whether the state was reached (JSON {@code ok})
     * @param state the state reached (JSON {@code state})
     * @param eventId the event that reached it (JSON {@code event_id})
     * @param version the machine version (JSON {@code version})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public WaitResult {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("WaitResult")
                .add("ok", ok)
                .add("state", state)
                .add("eventId", eventId)
                .add("version", version)
                .extra(extra)
                .toString();
    }
}
