package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * A hostname's certificate configuration and status (create, show, check and delete answers).
 *
 * @param hostname the hostname (JSON {@code hostname})
 * @param status the overall status (JSON {@code status})
 * @param configured whether DNS is configured (JSON {@code configured})
 * @param acmeRequested whether a Fly-managed certificate was requested (JSON {@code acme_requested})
 * @param dnsProvider the detected DNS provider (JSON {@code dns_provider})
 * @param rateLimitedUntil when the CA rate limit ends (JSON {@code rate_limited_until})
 * @param certificates the certificate sources (JSON {@code certificates})
 * @param dnsRequirements the records to create (JSON {@code dns_requirements})
 * @param dnsRecords the records found (check answers) (JSON {@code dns_records})
 * @param validation the validation methods (JSON {@code validation})
 * @param validationErrors why issuance is blocked (JSON {@code validation_errors})
 * @param warning a warning (custom delete answers) (JSON {@code warning})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CertificateReader.class)
public record Certificate(
        @JsonProperty("hostname") String hostname,
        @JsonProperty("status") String status,
        @JsonProperty("configured") Boolean configured,
        @JsonProperty("acme_requested") Boolean acmeRequested,
        @JsonProperty("dns_provider") String dnsProvider,
        @JsonProperty("rate_limited_until") String rateLimitedUntil,
        @JsonProperty("certificates") List<CertificateEntry> certificates,
        @JsonProperty("dns_requirements") DnsRequirements dnsRequirements,
        @JsonProperty("dns_records") DnsRecords dnsRecords,
        @JsonProperty("validation") CertificateValidation validation,
        @JsonProperty("validation_errors") List<CertificateValidationError> validationErrors,
        @JsonProperty("warning") String warning,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CertificateBuilder.With {

    /** {@return an empty builder} */
    public static CertificateBuilder builder() {
        return new CertificateBuilder();
    }

    @Override
    public String toString() {
        return CertificateBuilder.render(this);
    }
}
