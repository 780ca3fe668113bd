package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A reason a certificate cannot be issued yet.
 *
 * @param code the code (JSON {@code code})
 * @param message the message (JSON {@code message})
 * @param remediation what to do (JSON {@code remediation})
 * @param timestamp when seen (JSON {@code timestamp})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CertificateValidationError(
        @JsonProperty("code") String code,
        @JsonProperty("message") String message,
        @JsonProperty("remediation") String remediation,
        @JsonProperty("timestamp") String timestamp,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param code the code (JSON {@code code})
     * @param message the message (JSON {@code message})
     * @param remediation what to do (JSON {@code remediation})
     * @param timestamp when seen (JSON {@code timestamp})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public CertificateValidationError {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CertificateValidationError")
                .add("code", code)
                .add("message", message)
                .add("remediation", remediation)
                .add("timestamp", timestamp)
                .extra(extra)
                .toString();
    }
}
