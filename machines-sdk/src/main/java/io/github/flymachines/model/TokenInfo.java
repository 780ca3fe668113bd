package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * What the API knows about one token of the credentials in use.
 *
 * @param tokenId the token id (JSON {@code token_id})
 * @param orgSlug the organization slug (JSON {@code org_slug})
 * @param organization the organization id (JSON {@code organization})
 * @param apps the apps it is limited to (JSON {@code apps})
 * @param user the user, for user tokens (JSON {@code user})
 * @param restrictedToMachine the machine it is restricted to (JSON {@code restricted_to_machine})
 * @param sourceMachineId the machine making the request (JSON {@code source_machine_id})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.TokenInfoReader.class)
public record TokenInfo(
        @JsonProperty("token_id") String tokenId,
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("organization") String organization,
        @JsonProperty("apps") List<String> apps,
        @JsonProperty("user") String user,
        @JsonProperty("restricted_to_machine") String restrictedToMachine,
        @JsonProperty("source_machine_id") String sourceMachineId,
        @JsonAnyGetter Map<String, JsonNode> extra) implements TokenInfoBuilder.With {

    /** {@return an empty builder} */
    public static TokenInfoBuilder builder() {
        return new TokenInfoBuilder();
    }

    @Override
    public String toString() {
        return TokenInfoBuilder.render(this);
    }
}
