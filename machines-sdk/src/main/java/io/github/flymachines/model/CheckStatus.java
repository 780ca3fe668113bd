package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The latest result of a health check.
 *
 * @param name the check name (JSON {@code name})
 * @param status {@code passing}, {@code warning} or {@code critical} (JSON {@code status})
 * @param output the check output (JSON {@code output})
 * @param updatedAt when it last ran (RFC 3339) (JSON {@code updated_at})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CheckStatus(
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("output") String output,
        @JsonProperty("updated_at") String updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the check name (JSON {@code name})
     * @param status {@code passing}, {@code warning} or {@code critical} (JSON {@code status})
     * @param output the check output (JSON {@code output})
     * @param updatedAt when it last ran (RFC 3339) (JSON {@code updated_at})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public CheckStatus {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CheckStatus")
                .add("name", name)
                .add("status", status)
                .add("output", output)
                .add("updatedAt", updatedAt)
                .extra(extra)
                .toString();
    }
}
