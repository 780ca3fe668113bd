package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A resolver option for /etc/resolv.conf.
 *
 * @param name the option name (JSON {@code name})
 * @param value the value (JSON {@code value})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.DnsOptionReader.class)
public record DnsOption(
        @JsonProperty("name") String name,
        @JsonProperty("value") String value,
        @JsonAnyGetter Map<String, JsonNode> extra) implements DnsOptionBuilder.With {

    /** {@return an empty builder} */
    public static DnsOptionBuilder builder() {
        return new DnsOptionBuilder();
    }

    @Override
    public String toString() {
        return DnsOptionBuilder.render(this);
    }
}
