package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A custom certificate to install. The private key is never printed.
 *
 * @param hostname the hostname (JSON {@code hostname})
 * @param fullchain the PEM certificate chain, leaf first (JSON {@code fullchain})
 * @param privateKey the PEM private key (secret) (JSON {@code private_key})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CustomCertificateRequest(
        @JsonProperty("hostname") String hostname,
        @JsonProperty("fullchain") String fullchain,
        @JsonProperty("private_key") String privateKey,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param hostname the hostname (JSON {@code hostname})
     * @param fullchain the PEM certificate chain, leaf first (JSON {@code fullchain})
     * @param privateKey the PEM private key (secret) (JSON {@code private_key})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public CustomCertificateRequest {
        extra = Models.extra(extra);
    }

    /**
     * Makes a request.
     *
     * @param hostname the hostname
     * @param fullchain the PEM chain
     * @param privateKey the PEM private key
     * @return the request
     */
    public static CustomCertificateRequest of(String hostname, String fullchain, String privateKey) {
        return new CustomCertificateRequest(hostname, fullchain, privateKey, null);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CustomCertificateRequest")
                .add("hostname", hostname)
                .add("fullchain", fullchain)
                .secret("privateKey", privateKey)
                .extra(extra)
                .toString();
    }
}
