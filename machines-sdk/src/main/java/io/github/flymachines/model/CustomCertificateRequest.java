package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.CustomCertificateRequestReader.class)
public record CustomCertificateRequest(
        @JsonProperty("hostname") String hostname,
        @JsonProperty("fullchain") String fullchain,
        @JsonProperty("private_key") @Secret String privateKey,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CustomCertificateRequestBuilder.With {

    /** {@return an empty builder} */
    public static CustomCertificateRequestBuilder builder() {
        return new CustomCertificateRequestBuilder();
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
        return builder().hostname(hostname).fullchain(fullchain).privateKey(privateKey).build();
    }

    @Override
    public String toString() {
        return CustomCertificateRequestBuilder.render(this);
    }
}
