package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Duration;
import java.util.Map;

/**
 * A fly-replay cache rule of a service port.
 *
 * @param pathPrefix the path prefix the rule applies to (JSON {@code path_prefix})
 * @param ttl how long entries live, whole seconds on the wire (JSON {@code ttl_seconds})
 * @param type {@code cookie} or {@code header} (JSON {@code type})
 * @param name the cookie or header name (JSON {@code name})
 * @param allowBypass whether clients may bypass the cache (JSON {@code allow_bypass})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ReplayCacheReader.class)
public record ReplayCache(
        @JsonProperty("path_prefix") String pathPrefix,
        @JsonProperty("ttl_seconds") @TimeJson(TimeJson.Form.SECONDS) Duration ttl,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("allow_bypass") Boolean allowBypass,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ReplayCacheBuilder.With {

    /** {@return an empty builder} */
    public static ReplayCacheBuilder builder() {
        return new ReplayCacheBuilder();
    }

    @Override
    public String toString() {
        return ReplayCacheBuilder.render(this);
    }
}
