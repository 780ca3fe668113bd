package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * Where Fly scrapes Prometheus metrics from the Machine.
 *
 * @param port the port (JSON {@code port})
 * @param path the path (JSON {@code path})
 * @param https whether to use HTTPS (JSON {@code https})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MetricsConfigReader.class)
public record MetricsConfig(
        @JsonProperty("port") Integer port,
        @JsonProperty("path") String path,
        @JsonProperty("https") Boolean https,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MetricsConfigBuilder.With {

    /** {@return an empty builder} */
    public static MetricsConfigBuilder builder() {
        return new MetricsConfigBuilder();
    }

    @Override
    public String toString() {
        return MetricsConfigBuilder.render(this);
    }
}
