package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The answer of a start call.
 *
 * @param previousState the state before the start (JSON {@code previous_state})
 * @param migrated whether the machine moved host (JSON {@code migrated})
 * @param newHost the new host, when migrated (JSON {@code new_host})
 * @param message a message (JSON {@code message})
 * @param status a status (JSON {@code status})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.StartResultReader.class)
public record StartResult(
        @JsonProperty("previous_state") String previousState,
        @JsonProperty("migrated") Boolean migrated,
        @JsonProperty("new_host") String newHost,
        @JsonProperty("message") String message,
        @JsonProperty("status") String status,
        @JsonAnyGetter Map<String, JsonNode> extra) implements StartResultBuilder.With {

    /** {@return an empty builder} */
    public static StartResultBuilder builder() {
        return new StartResultBuilder();
    }

    @Override
    public String toString() {
        return StartResultBuilder.render(this);
    }
}
