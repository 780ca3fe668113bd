package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A certificate source of a hostname: Fly-managed (ACME) or custom.
 *
 * @param source {@code fly} or {@code custom} (JSON {@code source})
 * @param status {@code active}, {@code pending_ownership} or {@code pending_validation} (JSON {@code status})
 * @param issuer the issuer (JSON {@code issuer})
 * @param createdAt creation time (JSON {@code created_at})
 * @param expiresAt expiry (JSON {@code expires_at})
 * @param issued the issued certificates (JSON {@code issued})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CertificateEntryReader.class)
public record CertificateEntry(
        @JsonProperty("source") String source,
        @JsonProperty("status") String status,
        @JsonProperty("issuer") String issuer,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("expires_at") @TimeJson Instant expiresAt,
        @JsonProperty("issued") List<IssuedCertificate> issued,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CertificateEntryBuilder.With {

    /** {@return an empty builder} */
    public static CertificateEntryBuilder builder() {
        return new CertificateEntryBuilder();
    }

    @Override
    public String toString() {
        return CertificateEntryBuilder.render(this);
    }
}
