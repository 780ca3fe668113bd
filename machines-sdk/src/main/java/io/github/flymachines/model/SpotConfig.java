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
 * Spot placement settings.
 *
 * @param maxPriceFraction the highest price to pay, as a fraction of on-demand (0 to 1] (JSON
 *        {@code max_price_fraction})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SpotConfig(
        @JsonProperty("max_price_fraction") BigDecimal maxPriceFraction,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param maxPriceFraction the highest price to pay, as a fraction of on-demand (0 to 1] (JSON
     *        {@code max_price_fraction})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public SpotConfig {
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
     * Returns a copy with {@code max_price_fraction} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public SpotConfig withMaxPriceFraction(BigDecimal value) {
        return new SpotConfig(value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("SpotConfig")
                .add("maxPriceFraction", maxPriceFraction)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link SpotConfig}. */
    public static final class Builder {
        private BigDecimal maxPriceFraction;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(SpotConfig r) {
            this.maxPriceFraction = r.maxPriceFraction;
            this.extra = r.extra;
        }

        /**
         * Sets {@code max_price_fraction}.
         *
         * @param value the highest price to pay, as a fraction of on-demand (0 to 1]
         * @return this
         */
        public Builder maxPriceFraction(BigDecimal value) {
            this.maxPriceFraction = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link SpotConfig}
         */
        public SpotConfig build() {
            return new SpotConfig(maxPriceFraction, extra);
        }
    }
}
