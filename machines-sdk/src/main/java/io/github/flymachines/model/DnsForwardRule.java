package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A DNS forwarding rule.
 *
 * @param basename the domain (JSON {@code basename})
 * @param addr the resolver address (JSON {@code addr})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.DnsForwardRuleReader.class)
public record DnsForwardRule(
        @JsonProperty("basename") String basename,
        @JsonProperty("addr") String addr,
        @JsonAnyGetter Map<String, JsonNode> extra) implements DnsForwardRuleBuilder.With {

    /** {@return an empty builder} */
    public static DnsForwardRuleBuilder builder() {
        return new DnsForwardRuleBuilder();
    }

    @Override
    public String toString() {
        return DnsForwardRuleBuilder.render(this);
    }
}
