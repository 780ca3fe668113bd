package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
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
    public Certificate {
        certificates = Models.list(certificates);
        validationErrors = Models.list(validationErrors);
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("Certificate")
                .add("hostname", hostname)
                .add("status", status)
                .add("configured", configured)
                .add("acmeRequested", acmeRequested)
                .add("dnsProvider", dnsProvider)
                .add("rateLimitedUntil", rateLimitedUntil)
                .add("certificates", certificates)
                .add("dnsRequirements", dnsRequirements)
                .add("dnsRecords", dnsRecords)
                .add("validation", validation)
                .add("validationErrors", validationErrors)
                .add("warning", warning)
                .extra(extra)
                .toString();
    }
}
