package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.CertificateValidationReader.class)
public record CertificateValidation(
        @JsonProperty("alpn_configured") Boolean alpnConfigured,
        @JsonProperty("dns_configured") Boolean dnsConfigured,
        @JsonProperty("http_configured") Boolean httpConfigured,
        @JsonProperty("ownership_txt_configured") Boolean ownershipTxtConfigured,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CertificateValidationBuilder.With {

    /** {@return an empty builder} */
    public static CertificateValidationBuilder builder() {
        return new CertificateValidationBuilder();
    }

    @Override
    public String toString() {
        return CertificateValidationBuilder.render(this);
    }
}
