package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record OwnershipVerification(
        @JsonProperty("name") String name,
        @JsonProperty("app_value") String appValue,
        @JsonProperty("org_value") String orgValue,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the record name (JSON {@code name})
     * @param appValue the value for this app (JSON {@code app_value})
     * @param orgValue the value for the organization (JSON {@code org_value})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public OwnershipVerification {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("OwnershipVerification")
                .add("name", name)
                .add("appValue", appValue)
                .add("orgValue", orgValue)
                .extra(extra)
                .toString();
    }
}
