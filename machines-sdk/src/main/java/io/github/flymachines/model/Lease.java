package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A lease on a Machine: an exclusive lock that mutations must prove with its nonce.
 *
 * @param nonce the secret proving ownership (never logged or printed) (JSON {@code nonce})
 * @param expiresAt expiry, Unix seconds (JSON {@code expires_at})
 * @param owner who holds it (JSON {@code owner})
 * @param description what it is for (JSON {@code description})
 * @param version the machine version when acquired (JSON {@code version})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Lease(
        @JsonProperty("nonce") String nonce,
        @JsonProperty("expires_at") Long expiresAt,
        @JsonProperty("owner") String owner,
        @JsonProperty("description") String description,
        @JsonProperty("version") String version,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param nonce the secret proving ownership (never logged or printed) (JSON {@code nonce})
     * @param expiresAt expiry, Unix seconds (JSON {@code expires_at})
     * @param owner who holds it (JSON {@code owner})
     * @param description what it is for (JSON {@code description})
     * @param version the machine version when acquired (JSON {@code version})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public Lease {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("Lease")
                .secret("nonce", nonce)
                .add("expiresAt", expiresAt)
                .add("owner", owner)
                .add("description", description)
                .add("version", version)
                .extra(extra)
                .toString();
    }
}
