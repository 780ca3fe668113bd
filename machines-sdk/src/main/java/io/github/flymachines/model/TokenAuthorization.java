package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The answer to an authorize call.
 *
 * @param access the access granted (JSON {@code access})
 * @param verifiedToken the token that granted it (JSON {@code verified_token})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.TokenAuthorizationReader.class)
public record TokenAuthorization(
        @JsonProperty("access") GrantedAccess access,
        @JsonProperty("verified_token") VerifiedToken verifiedToken,
        @JsonAnyGetter Map<String, JsonNode> extra) implements TokenAuthorizationBuilder.With {

    /** {@return an empty builder} */
    public static TokenAuthorizationBuilder builder() {
        return new TokenAuthorizationBuilder();
    }

    @Override
    public String toString() {
        return TokenAuthorizationBuilder.render(this);
    }
}
