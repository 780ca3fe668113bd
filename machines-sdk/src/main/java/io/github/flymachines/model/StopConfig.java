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
 * How a Machine is stopped: the signal and how long to wait before killing.
 *
 * @param timeout time to wait after the signal (JSON {@code timeout})
 * @param signal the signal, e.g. {@code SIGTERM} (JSON {@code signal})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.StopConfigReader.class)
public record StopConfig(
        @JsonProperty("timeout") @TimeJson(TimeJson.Form.GO) Duration timeout,
        @JsonProperty("signal") Signal signal,
        @JsonAnyGetter Map<String, JsonNode> extra) implements StopConfigBuilder.With {

    /** {@return an empty builder} */
    public static StopConfigBuilder builder() {
        return new StopConfigBuilder();
    }

    @Override
    public String toString() {
        return StopConfigBuilder.render(this);
    }
}
