package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * Concurrency limits of a service, used for load balancing and autostart.
 *
 * @param type what is counted: {@code connections} (default) or {@code requests} (JSON {@code
 *        type})
 * @param hardLimit the limit above which no more load is sent (JSON {@code hard_limit})
 * @param softLimit the limit above which other machines are preferred (JSON {@code soft_limit})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ServiceConcurrencyReader.class)
public record ServiceConcurrency(
        @JsonProperty("type") ConcurrencyType type,
        @JsonProperty("hard_limit") Integer hardLimit,
        @JsonProperty("soft_limit") Integer softLimit,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ServiceConcurrencyBuilder.With {

    /** {@return an empty builder} */
    public static ServiceConcurrencyBuilder builder() {
        return new ServiceConcurrencyBuilder();
    }

    @Override
    public String toString() {
        return ServiceConcurrencyBuilder.render(this);
    }
}
