package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The lease a Machine is under, as shown in machine details (no nonce).
 *
 * @param description what the lease holder said it is for (JSON {@code description})
 * @param expiresAt expiry, Unix seconds (JSON {@code expires_at})
 * @param owner who holds it (JSON {@code owner})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LeaseInfo(
        @JsonProperty("description") String description,
        @JsonProperty("expires_at") Long expiresAt,
        @JsonProperty("owner") String owner,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param description what the lease holder said it is for (JSON {@code description})
     * @param expiresAt expiry, Unix seconds (JSON {@code expires_at})
     * @param owner who holds it (JSON {@code owner})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public LeaseInfo {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("LeaseInfo")
                .add("description", description)
                .add("expiresAt", expiresAt)
                .add("owner", owner)
                .extra(extra)
                .toString();
    }
}
