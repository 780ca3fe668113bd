package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A socket a process listens on.
 *
 * @param proto the protocol (JSON {@code proto})
 * @param address the address (JSON {@code address})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ListenSocket(
        @JsonProperty("proto") String proto,
        @JsonProperty("address") String address,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param proto the protocol (JSON {@code proto})
     * @param address the address (JSON {@code address})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ListenSocket {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ListenSocket")
                .add("proto", proto)
                .add("address", address)
                .extra(extra)
                .toString();
    }
}
