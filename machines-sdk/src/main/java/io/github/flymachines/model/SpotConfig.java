package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.SpotConfigReader.class)
public record SpotConfig(
        @JsonProperty("max_price_fraction") BigDecimal maxPriceFraction,
        @JsonAnyGetter Map<String, JsonNode> extra) implements SpotConfigBuilder.With {

    /** {@return an empty builder} */
    public static SpotConfigBuilder builder() {
        return new SpotConfigBuilder();
    }

    @Override
    public String toString() {
        return SpotConfigBuilder.render(this);
    }
}
