package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A macaroon token the API verified. The header and the permission token are secret and never
 * printed.
 *
 * @param header the token header (secret) (JSON {@code header})
 * @param permissionToken the permission token (secret) (JSON {@code permission_token})
 * @param caveats the caveat set (JSON {@code caveats})
 * @param nonce the macaroon nonce (JSON {@code nonce})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VerifiedToken(
        @JsonProperty("header") String header,
        @JsonProperty("permission_token") Bytes permissionToken,
        @JsonProperty("caveats") JsonNode caveats,
        @JsonProperty("nonce") JsonNode nonce,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param header the token header (secret) (JSON {@code header})
     * @param permissionToken the permission token (secret) (JSON {@code permission_token})
     * @param caveats the caveat set (JSON {@code caveats})
     * @param nonce the macaroon nonce (JSON {@code nonce})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public VerifiedToken {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("VerifiedToken")
                .secret("header", header)
                .secret("permissionToken", permissionToken)
                .add("caveats", caveats)
                .secret("nonce", nonce)
                .extra(extra)
                .toString();
    }
}
