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
 * A health check of a container.
 *
 * @param name the check name (JSON {@code name})
 * @param interval seconds between checks (JSON {@code interval})
 * @param gracePeriod time before failures count, whole seconds on the wire (JSON {@code grace_period})
 * @param timeout time allowed per check, whole seconds on the wire (JSON {@code timeout})
 * @param successThreshold successes to become healthy (JSON {@code success_threshold})
 * @param failureThreshold failures to become unhealthy (JSON {@code failure_threshold})
 * @param kind {@code readiness} or {@code liveness} (JSON {@code kind})
 * @param unhealthy what to do when unhealthy ({@code stop}) (JSON {@code unhealthy})
 * @param http an HTTP check (JSON {@code http})
 * @param tcp a TCP check (JSON {@code tcp})
 * @param exec a command check (JSON {@code exec})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ContainerHealthcheckReader.class)
public record ContainerHealthcheck(
        @JsonProperty("name") String name,
        @JsonProperty("interval") Integer interval,
        @JsonProperty("grace_period") @TimeJson(TimeJson.Form.SECONDS) Duration gracePeriod,
        @JsonProperty("timeout") @TimeJson(TimeJson.Form.SECONDS) Duration timeout,
        @JsonProperty("success_threshold") Integer successThreshold,
        @JsonProperty("failure_threshold") Integer failureThreshold,
        @JsonProperty("kind") String kind,
        @JsonProperty("unhealthy") String unhealthy,
        @JsonProperty("http") HttpHealthcheck http,
        @JsonProperty("tcp") TcpHealthcheck tcp,
        @JsonProperty("exec") ExecHealthcheck exec,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ContainerHealthcheckBuilder.With {

    /** {@return an empty builder} */
    public static ContainerHealthcheckBuilder builder() {
        return new ContainerHealthcheckBuilder();
    }

    @Override
    public String toString() {
        return ContainerHealthcheckBuilder.render(this);
    }
}
