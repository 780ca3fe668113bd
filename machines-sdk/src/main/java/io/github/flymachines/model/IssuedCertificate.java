package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.Map;

/**
 * One issued certificate of a hostname.
 *
 * @param type {@code rsa} or {@code ecdsa} (JSON {@code type})
 * @param certificateAuthority the issuer (JSON {@code certificate_authority})
 * @param expiresAt expiry (JSON {@code expires_at})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.IssuedCertificateReader.class)
public record IssuedCertificate(
        @JsonProperty("type") String type,
        @JsonProperty("certificate_authority") String certificateAuthority,
        @JsonProperty("expires_at") @TimeJson Instant expiresAt,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements IssuedCertificateBuilder.With {

    /** {@return an empty builder} */
    public static IssuedCertificateBuilder builder() {
        return new IssuedCertificateBuilder();
    }

    @Override
    public String toString() {
        return IssuedCertificateBuilder.render(this);
    }
}
