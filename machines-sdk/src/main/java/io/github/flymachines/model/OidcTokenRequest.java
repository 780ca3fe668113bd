package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * Options of an OIDC token request.
 *
 * @param aud the audience, e.g. {@code https://fly.io/org-slug} (JSON {@code aud})
 * @param awsPrincipalTags add AWS principal tags (JSON {@code aws_principal_tags})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OidcTokenRequest(
        @JsonProperty("aud") String aud,
        @JsonProperty("aws_principal_tags") Boolean awsPrincipalTags,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param aud the audience, e.g. {@code https://fly.io/org-slug} (JSON {@code aud})
     * @param awsPrincipalTags add AWS principal tags (JSON {@code aws_principal_tags})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public OidcTokenRequest {
        extra = Models.extra(extra);
    }

    /** No options. */
    public static final OidcTokenRequest DEFAULT = new OidcTokenRequest(null, null, null);

    /**
     * Asks for an audience.
     *
     * @param aud the audience
     * @return the request
     */
    public static OidcTokenRequest audience(String aud) {
        return new OidcTokenRequest(aud, null, null);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("OidcTokenRequest")
                .add("aud", aud)
                .add("awsPrincipalTags", awsPrincipalTags)
                .extra(extra)
                .toString();
    }
}
