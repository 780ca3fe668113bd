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
 * A reason a certificate cannot be issued yet.
 *
 * @param code the code (JSON {@code code})
 * @param message the message (JSON {@code message})
 * @param remediation what to do (JSON {@code remediation})
 * @param timestamp when seen (JSON {@code timestamp})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CertificateValidationErrorReader.class)
public record CertificateValidationError(
        @JsonProperty("code") String code,
        @JsonProperty("message") String message,
        @JsonProperty("remediation") String remediation,
        @JsonProperty("timestamp") @TimeJson Instant timestamp,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CertificateValidationErrorBuilder.With {

    /** {@return an empty builder} */
    public static CertificateValidationErrorBuilder builder() {
        return new CertificateValidationErrorBuilder();
    }

    @Override
    public String toString() {
        return CertificateValidationErrorBuilder.render(this);
    }
}
