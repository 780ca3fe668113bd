package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * PROXY protocol settings of a service port.
 *
 * @param version {@code v1} or {@code v2} (JSON {@code version})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ProxyProtoOptionsReader.class)
public record ProxyProtoOptions(
        @JsonProperty("version") String version,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ProxyProtoOptionsBuilder.With {

    /** {@return an empty builder} */
    public static ProxyProtoOptionsBuilder builder() {
        return new ProxyProtoOptionsBuilder();
    }

    @Override
    public String toString() {
        return ProxyProtoOptionsBuilder.render(this);
    }
}
