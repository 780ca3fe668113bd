package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * Options of an OIDC token request.
 *
 * @param aud the audience, e.g. {@code https://fly.io/org-slug} (JSON {@code aud})
 * @param awsPrincipalTags add AWS principal tags (JSON {@code aws_principal_tags})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.OidcTokenRequestReader.class)
public record OidcTokenRequest(
        @JsonProperty("aud") String aud,
        @JsonProperty("aws_principal_tags") Boolean awsPrincipalTags,
        @JsonAnyGetter Map<String, JsonNode> extra) implements OidcTokenRequestBuilder.With {

    /** {@return an empty builder} */
    public static OidcTokenRequestBuilder builder() {
        return new OidcTokenRequestBuilder();
    }

    /** No options. */
    public static final OidcTokenRequest DEFAULT = new OidcTokenRequestBuilder().build();

    /**
     * Asks for an audience.
     *
     * @param aud the audience
     * @return the request
     */
    public static OidcTokenRequest audience(String aud) {
        return builder().aud(aud).build();
    }

    @Override
    public String toString() {
        return OidcTokenRequestBuilder.render(this);
    }
}
