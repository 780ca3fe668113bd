package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record RestartConfig(
        @JsonProperty("policy") RestartPolicy policy,
        @JsonProperty("max_retries") Integer maxRetries,
        @JsonProperty("gpu_bid_price") BigDecimal gpuBidPrice,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param policy {@code no}, {@code always} or {@code on-failure} (the default) (JSON {@code
     *        policy})
     * @param maxRetries restarts allowed with {@code on-failure} (JSON {@code max_retries})
     * @param gpuBidPrice the GPU bid price (older API) (JSON {@code gpu_bid_price})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public RestartConfig {
        extra = Models.extra(extra);
    }

    /**
     * Starts an empty builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this record's values, unknown fields included.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns a copy with {@code policy} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public RestartConfig withPolicy(RestartPolicy value) {
        return new RestartConfig(value, maxRetries, gpuBidPrice, extra);
    }

    /**
     * Returns a copy with {@code max_retries} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public RestartConfig withMaxRetries(Integer value) {
        return new RestartConfig(policy, value, gpuBidPrice, extra);
    }

    /**
     * Returns a copy with {@code gpu_bid_price} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public RestartConfig withGpuBidPrice(BigDecimal value) {
        return new RestartConfig(policy, maxRetries, value, extra);
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


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("RestartConfig")
                .add("policy", policy)
                .add("maxRetries", maxRetries)
                .add("gpuBidPrice", gpuBidPrice)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link RestartConfig}. */
    public static final class Builder {
        private RestartPolicy policy;
        private Integer maxRetries;
        private BigDecimal gpuBidPrice;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(RestartConfig r) {
            this.policy = r.policy;
            this.maxRetries = r.maxRetries;
            this.gpuBidPrice = r.gpuBidPrice;
            this.extra = r.extra;
        }

        /**
         * Sets {@code policy}.
         *
         * @param value {@code no}, {@code always} or {@code on-failure} (the default)
         * @return this
         */
        public Builder policy(RestartPolicy value) {
            this.policy = value;
            return this;
        }

        /**
         * Sets {@code max_retries}.
         *
         * @param value restarts allowed with {@code on-failure}
         * @return this
         */
        public Builder maxRetries(Integer value) {
            this.maxRetries = value;
            return this;
        }

        /**
         * Sets {@code gpu_bid_price}.
         *
         * @param value the GPU bid price (older API)
         * @return this
         */
        public Builder gpuBidPrice(BigDecimal value) {
            this.gpuBidPrice = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link RestartConfig}
         */
        public RestartConfig build() {
            return new RestartConfig(policy, maxRetries, gpuBidPrice, extra);
        }
    }
}
