package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * Which validation methods are configured for a hostname.
 *
 * @param alpnConfigured TLS-ALPN (JSON {@code alpn_configured})
 * @param dnsConfigured DNS (JSON {@code dns_configured})
 * @param httpConfigured HTTP (JSON {@code http_configured})
 * @param ownershipTxtConfigured ownership TXT record (JSON {@code ownership_txt_configured})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CertificateValidation(
        @JsonProperty("alpn_configured") Boolean alpnConfigured,
        @JsonProperty("dns_configured") Boolean dnsConfigured,
        @JsonProperty("http_configured") Boolean httpConfigured,
        @JsonProperty("ownership_txt_configured") Boolean ownershipTxtConfigured,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param alpnConfigured TLS-ALPN (JSON {@code alpn_configured})
     * @param dnsConfigured DNS (JSON {@code dns_configured})
     * @param httpConfigured HTTP (JSON {@code http_configured})
     * @param ownershipTxtConfigured ownership TXT record (JSON {@code ownership_txt_configured})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public CertificateValidation {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CertificateValidation")
                .add("alpnConfigured", alpnConfigured)
                .add("dnsConfigured", dnsConfigured)
                .add("httpConfigured", httpConfigured)
                .add("ownershipTxtConfigured", ownershipTxtConfigured)
                .extra(extra)
                .toString();
    }
}
