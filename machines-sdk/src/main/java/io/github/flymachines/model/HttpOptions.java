package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HTTP handler settings of a service port.
 *
 * @param compress whether to compress responses (JSON {@code compress})
 * @param h2Backend whether the backend speaks HTTP/2 (JSON {@code h2_backend})
 * @param idleTimeout idle timeout, whole seconds on the wire (JSON {@code idle_timeout})
 * @param headersReadTimeout header read timeout, whole seconds on the wire (JSON {@code headers_read_timeout})
 * @param response response handling (JSON {@code response})
 * @param replayCache fly-replay cache rules (JSON {@code replay_cache})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.HttpOptionsReader.class)
public record HttpOptions(
        @JsonProperty("compress") Boolean compress,
        @JsonProperty("h2_backend") Boolean h2Backend,
        @JsonProperty("idle_timeout") @TimeJson(TimeJson.Form.SECONDS) Duration idleTimeout,
        @JsonProperty("headers_read_timeout") @TimeJson(TimeJson.Form.SECONDS) Duration headersReadTimeout,
        @JsonProperty("response") HttpResponseOptions response,
        @JsonProperty("replay_cache") List<ReplayCache> replayCache,
        @JsonAnyGetter Map<String, JsonNode> extra) implements HttpOptionsBuilder.With {

    /** {@return an empty builder} */
    public static HttpOptionsBuilder builder() {
        return new HttpOptionsBuilder();
    }

    @Override
    public String toString() {
        return HttpOptionsBuilder.render(this);
    }
}
