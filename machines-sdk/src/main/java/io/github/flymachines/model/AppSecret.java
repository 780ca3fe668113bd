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
 * An app secret. Its value is only present when asked for ({@code show_secrets}) and never
 * printed.
 *
 * @param name the name (JSON {@code name})
 * @param digest a digest of the value (JSON {@code digest})
 * @param value the value, when requested (secret) (JSON {@code value})
 * @param createdAt creation time (JSON {@code created_at})
 * @param updatedAt last change (JSON {@code updated_at})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.AppSecretReader.class)
public record AppSecret(
        @JsonProperty("name") String name,
        @JsonProperty("digest") String digest,
        @JsonProperty("value") @Secret String value,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("updated_at") @TimeJson Instant updatedAt,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements AppSecretBuilder.With {

    /** {@return an empty builder} */
    public static AppSecretBuilder builder() {
        return new AppSecretBuilder();
    }

    @Override
    public String toString() {
        return AppSecretBuilder.render(this);
    }
}
