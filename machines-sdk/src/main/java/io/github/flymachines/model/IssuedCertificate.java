package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * One issued certificate of a hostname.
 *
 * @param type {@code rsa} or {@code ecdsa} (JSON {@code type})
 * @param certificateAuthority the issuer (JSON {@code certificate_authority})
 * @param expiresAt expiry (JSON {@code expires_at})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IssuedCertificate(
        @JsonProperty("type") String type,
        @JsonProperty("certificate_authority") String certificateAuthority,
        @JsonProperty("expires_at") String expiresAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param type {@code rsa} or {@code ecdsa} (JSON {@code type})
     * @param certificateAuthority the issuer (JSON {@code certificate_authority})
     * @param expiresAt expiry (JSON {@code expires_at})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public IssuedCertificate {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("IssuedCertificate")
                .add("type", type)
                .add("certificateAuthority", certificateAuthority)
                .add("expiresAt", expiresAt)
                .extra(extra)
                .toString();
    }
}
