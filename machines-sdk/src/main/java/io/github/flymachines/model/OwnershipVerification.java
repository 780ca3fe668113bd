package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The TXT record that proves ownership of a hostname.
 *
 * @param name the record name (JSON {@code name})
 * @param appValue the value for this app (JSON {@code app_value})
 * @param orgValue the value for the organization (JSON {@code org_value})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.OwnershipVerificationReader.class)
public record OwnershipVerification(
        @JsonProperty("name") String name,
        @JsonProperty("app_value") String appValue,
        @JsonProperty("org_value") String orgValue,
        @JsonAnyGetter Map<String, JsonNode> extra) implements OwnershipVerificationBuilder.With {

    /** {@return an empty builder} */
    public static OwnershipVerificationBuilder builder() {
        return new OwnershipVerificationBuilder();
    }

    @Override
    public String toString() {
        return OwnershipVerificationBuilder.render(this);
    }
}
