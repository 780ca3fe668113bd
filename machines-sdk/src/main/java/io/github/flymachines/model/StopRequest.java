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
 * How to stop a Machine: the signal and how long to wait before killing it.
 *
 * @param signal the signal (default SIGINT, or the stop signal of the config) (JSON {@code
 *        signal})
 * @param timeout time to wait before killing (JSON {@code timeout})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.StopRequestReader.class)
public record StopRequest(
        @JsonProperty("signal") Signal signal,
        @JsonProperty("timeout") @TimeJson(TimeJson.Form.GO) Duration timeout,
        @JsonAnyGetter Map<String, JsonNode> extra) implements StopRequestBuilder.With {

    /** {@return an empty builder} */
    public static StopRequestBuilder builder() {
        return new StopRequestBuilder();
    }

    @Override
    public String toString() {
        return StopRequestBuilder.render(this);
    }
}
