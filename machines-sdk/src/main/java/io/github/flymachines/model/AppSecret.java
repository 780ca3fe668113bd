package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * An app secret. Its value is only present when asked for ({@code show_secrets}) and never
 * printed.
 *
 * @param name the name (JSON {@code name})
 * @param digest a digest of the value (JSON {@code digest})
 * @param value the value, when requested (secret) (JSON {@code value})
 * @param createdAt creation time (JSON {@code created_at})
 * @param updatedAt last change (JSON {@code updated_at})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AppSecret(
        @JsonProperty("name") String name,
        @JsonProperty("digest") String digest,
        @JsonProperty("value") String value,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the name (JSON {@code name})
     * @param digest a digest of the value (JSON {@code digest})
     * @param value the value, when requested (secret) (JSON {@code value})
     * @param createdAt creation time (JSON {@code created_at})
     * @param updatedAt last change (JSON {@code updated_at})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public AppSecret {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("AppSecret")
                .add("name", name)
                .add("digest", digest)
                .secret("value", value)
                .add("createdAt", createdAt)
                .add("updatedAt", updatedAt)
                .extra(extra)
                .toString();
    }
}
