package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.VerifiedTokenReader.class)
public record VerifiedToken(
        @JsonProperty("header") @Secret String header,
        @JsonProperty("permission_token") @Secret Bytes permissionToken,
        @JsonProperty("caveats") JsonNode caveats,
        @JsonProperty("nonce") @Secret JsonNode nonce,
        @JsonAnyGetter Map<String, JsonNode> extra) implements VerifiedTokenBuilder.With {

    /** {@return an empty builder} */
    public static VerifiedTokenBuilder builder() {
        return new VerifiedTokenBuilder();
    }

    @Override
    public String toString() {
        return VerifiedTokenBuilder.render(this);
    }
}
