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
 * One entry of a certificate list.
 *
 * @param hostname the hostname (JSON {@code hostname})
 * @param status the status (JSON {@code status})
 * @param configured whether DNS is configured (JSON {@code configured})
 * @param acmeRequested whether a Fly-managed certificate was requested (JSON {@code acme_requested})
 * @param acmeAlpnConfigured TLS-ALPN validation ready (JSON {@code acme_alpn_configured})
 * @param acmeDnsConfigured DNS validation ready (JSON {@code acme_dns_configured})
 * @param acmeHttpConfigured HTTP validation ready (JSON {@code acme_http_configured})
 * @param ownershipTxtConfigured ownership TXT record present (JSON {@code ownership_txt_configured})
 * @param hasCustomCertificate a custom certificate is installed (JSON {@code has_custom_certificate})
 * @param hasFlyCertificate a Fly-managed certificate is installed (JSON {@code has_fly_certificate})
 * @param dnsProvider the detected DNS provider (JSON {@code dns_provider})
 * @param createdAt creation time (JSON {@code created_at})
 * @param updatedAt last change (JSON {@code updated_at})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CertificateSummaryReader.class)
public record CertificateSummary(
        @JsonProperty("hostname") String hostname,
        @JsonProperty("status") String status,
        @JsonProperty("configured") Boolean configured,
        @JsonProperty("acme_requested") Boolean acmeRequested,
        @JsonProperty("acme_alpn_configured") Boolean acmeAlpnConfigured,
        @JsonProperty("acme_dns_configured") Boolean acmeDnsConfigured,
        @JsonProperty("acme_http_configured") Boolean acmeHttpConfigured,
        @JsonProperty("ownership_txt_configured") Boolean ownershipTxtConfigured,
        @JsonProperty("has_custom_certificate") Boolean hasCustomCertificate,
        @JsonProperty("has_fly_certificate") Boolean hasFlyCertificate,
        @JsonProperty("dns_provider") String dnsProvider,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("updated_at") @TimeJson Instant updatedAt,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CertificateSummaryBuilder.With {

    /** {@return an empty builder} */
    public static CertificateSummaryBuilder builder() {
        return new CertificateSummaryBuilder();
    }

    @Override
    public String toString() {
        return CertificateSummaryBuilder.render(this);
    }
}
