package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The DNS record that proves control of a hostname to the ACME CA.
 *
 * @param name the record name (JSON {@code name})
 * @param target the CNAME target (JSON {@code target})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.AcmeChallengeReader.class)
public record AcmeChallenge(
        @JsonProperty("name") String name,
        @JsonProperty("target") String target,
        @JsonAnyGetter Map<String, JsonNode> extra) implements AcmeChallengeBuilder.With {

    /** {@return an empty builder} */
    public static AcmeChallengeBuilder builder() {
        return new AcmeChallengeBuilder();
    }

    @Override
    public String toString() {
        return AcmeChallengeBuilder.render(this);
    }
}
