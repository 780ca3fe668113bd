package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The answer to an authorize call.
 *
 * @param access the access granted (JSON {@code access})
 * @param verifiedToken the token that granted it (JSON {@code verified_token})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TokenAuthorization(
        @JsonProperty("access") GrantedAccess access,
        @JsonProperty("verified_token") VerifiedToken verifiedToken,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param access the access granted (JSON {@code access})
     * @param verifiedToken the token that granted it (JSON {@code verified_token})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public TokenAuthorization {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("TokenAuthorization")
                .add("access", access)
                .add("verifiedToken", verifiedToken)
                .extra(extra)
                .toString();
    }
}
