package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What happens when the main process exits: the restart policy and its retry limit.
 *
 * @param policy {@code no}, {@code always} or {@code on-failure} (the default) (JSON {@code
 *        policy})
 * @param maxRetries restarts allowed with {@code on-failure} (JSON {@code max_retries})
 * @param gpuBidPrice the GPU bid price (older API) (JSON {@code gpu_bid_price})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.RestartConfigReader.class)
public record RestartConfig(
        @JsonProperty("policy") RestartPolicy policy,
        @JsonProperty("max_retries") Integer maxRetries,
        @JsonProperty("gpu_bid_price") BigDecimal gpuBidPrice,
        @JsonAnyGetter Map<String, JsonNode> extra) implements RestartConfigBuilder.With {

    /** {@return an empty builder} */
    public static RestartConfigBuilder builder() {
        return new RestartConfigBuilder();
    }

    /**
     * A restart config with just a policy.
     *
     * @param policy the policy
     * @return the config
     */
    public static RestartConfig of(RestartPolicy policy) {
        return builder().policy(policy).build();
    }

    @Override
    public String toString() {
        return RestartConfigBuilder.render(this);
    }
}
