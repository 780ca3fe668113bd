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
 * The latest result of a health check.
 *
 * @param name the check name (JSON {@code name})
 * @param status {@code passing}, {@code warning} or {@code critical} (JSON {@code status})
 * @param output the check output (JSON {@code output})
 * @param updatedAt when it last ran (RFC 3339) (JSON {@code updated_at})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CheckStatusReader.class)
public record CheckStatus(
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("output") String output,
        @JsonProperty("updated_at") @TimeJson Instant updatedAt,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CheckStatusBuilder.With {

    /** {@return an empty builder} */
    public static CheckStatusBuilder builder() {
        return new CheckStatusBuilder();
    }

    @Override
    public String toString() {
        return CheckStatusBuilder.render(this);
    }
}
