package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * Something that happened to a Machine (launch, start, exit, update, ...).
 *
 * @param id the event id (a ULID) (JSON {@code id})
 * @param type the type (JSON {@code type})
 * @param status the state after the event (JSON {@code status})
 * @param source {@code user} or {@code flyd} (JSON {@code source})
 * @param timestamp when, in Unix epoch milliseconds (JSON {@code timestamp})
 * @param request details (JSON {@code request})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MachineEvent(
        @JsonProperty("id") String id,
        @JsonProperty("type") EventType type,
        @JsonProperty("status") String status,
        @JsonProperty("source") String source,
        @JsonProperty("timestamp") Long timestamp,
        @JsonProperty("request") EventRequest request,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param id the event id (a ULID) (JSON {@code id})
     * @param type the type (JSON {@code type})
     * @param status the state after the event (JSON {@code status})
     * @param source {@code user} or {@code flyd} (JSON {@code source})
     * @param timestamp when, in Unix epoch milliseconds (JSON {@code timestamp})
     * @param request details (JSON {@code request})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public MachineEvent {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MachineEvent")
                .add("id", id)
                .add("type", type)
                .add("status", status)
                .add("source", source)
                .add("timestamp", timestamp)
                .add("request", request)
                .extra(extra)
                .toString();
    }
}
