package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * An app secret key. The private part never leaves the API; the public key (for asymmetric types)
 * is shown only by length in {@link #toString()}.
 *
 * @param name the name (JSON {@code name})
 * @param type the key type (JSON {@code type})
 * @param publicKey the public key of asymmetric types (JSON {@code public_key})
 * @param createdAt creation time (JSON {@code created_at})
 * @param updatedAt last change (JSON {@code updated_at})
 * @param version the app secrets version after a write (usable as {@code min_secrets_version}) (JSON {@code version})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.SecretKeyReader.class)
public record SecretKey(
        @JsonProperty("name") String name,
        @JsonProperty("type") SecretKeyType type,
        @JsonProperty("public_key") Bytes publicKey,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("updated_at") @TimeJson Instant updatedAt,
        @JsonProperty("version") @JsonAlias({"Version"}) Long version,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements SecretKeyBuilder.With {

    /** {@return an empty builder} */
    public static SecretKeyBuilder builder() {
        return new SecretKeyBuilder();
    }

    @Override
    public String toString() {
        return SecretKeyBuilder.render(this);
    }
}
