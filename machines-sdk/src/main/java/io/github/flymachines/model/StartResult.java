package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record StartResult(
        @JsonProperty("previous_state") String previousState,
        @JsonProperty("migrated") Boolean migrated,
        @JsonProperty("new_host") String newHost,
        @JsonProperty("message") String message,
        @JsonProperty("status") String status,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param previousState the state before the start (JSON {@code previous_state})
     * @param migrated whether the machine moved host (JSON {@code migrated})
     * @param newHost the new host, when migrated (JSON {@code new_host})
     * @param message a message (JSON {@code message})
     * @param status a status (JSON {@code status})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public StartResult {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("StartResult")
                .add("previousState", previousState)
                .add("migrated", migrated)
                .add("newHost", newHost)
                .add("message", message)
                .add("status", status)
                .extra(extra)
                .toString();
    }
}
