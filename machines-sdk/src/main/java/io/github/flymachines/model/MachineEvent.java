package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a Machine (launch, start, exit, update, ...).
 *
 * @param id the event id (a ULID) (JSON {@code id})
 * @param type the type (JSON {@code type})
 * @param status the state after the event (JSON {@code status})
 * @param source {@code user} or {@code flyd} (JSON {@code source})
 * @param timestamp when, Unix milliseconds on the wire (JSON {@code timestamp})
 * @param request details (JSON {@code request})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MachineEventReader.class)
public record MachineEvent(
        @JsonProperty("id") String id,
        @JsonProperty("type") EventType type,
        @JsonProperty("status") String status,
        @JsonProperty("source") String source,
        @JsonProperty("timestamp") @TimeJson(TimeJson.Form.EPOCH_MILLIS) Instant timestamp,
        @JsonProperty("request") EventRequest request,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MachineEventBuilder.With {

    /** {@return an empty builder} */
    public static MachineEventBuilder builder() {
        return new MachineEventBuilder();
    }

    @Override
    public String toString() {
        return MachineEventBuilder.render(this);
    }
}
