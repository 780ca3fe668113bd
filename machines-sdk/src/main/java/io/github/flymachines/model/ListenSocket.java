package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A socket a process listens on.
 *
 * @param proto the protocol (JSON {@code proto})
 * @param address the address (JSON {@code address})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ListenSocketReader.class)
public record ListenSocket(
        @JsonProperty("proto") String proto,
        @JsonProperty("address") String address,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ListenSocketBuilder.With {

    /** {@return an empty builder} */
    public static ListenSocketBuilder builder() {
        return new ListenSocketBuilder();
    }

    @Override
    public String toString() {
        return ListenSocketBuilder.render(this);
    }
}
