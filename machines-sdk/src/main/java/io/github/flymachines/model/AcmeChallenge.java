package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The DNS record that proves control of a hostname to the ACME CA.
 *
 * @param name the record name (JSON {@code name})
 * @param target the CNAME target (JSON {@code target})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AcmeChallenge(
        @JsonProperty("name") String name,
        @JsonProperty("target") String target,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the record name (JSON {@code name})
     * @param target the CNAME target (JSON {@code target})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public AcmeChallenge {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("AcmeChallenge")
                .add("name", name)
                .add("target", target)
                .extra(extra)
                .toString();
    }
}
