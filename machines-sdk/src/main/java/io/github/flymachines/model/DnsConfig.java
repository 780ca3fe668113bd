package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * DNS settings of a Machine.
 *
 * @param skipRegistration whether to skip registering the machine in internal DNS (JSON {@code
 *        skip_registration})
 * @param nameservers resolvers (JSON {@code nameservers})
 * @param searches search domains (JSON {@code searches})
 * @param options resolver options (JSON {@code options})
 * @param dnsForwardRules forwarding rules (JSON {@code dns_forward_rules})
 * @param hostname the hostname (JSON {@code hostname})
 * @param hostnameFqdn the fully qualified hostname (JSON {@code hostname_fqdn})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.DnsConfigReader.class)
public record DnsConfig(
        @JsonProperty("skip_registration") Boolean skipRegistration,
        @JsonProperty("nameservers") List<String> nameservers,
        @JsonProperty("searches") List<String> searches,
        @JsonProperty("options") List<DnsOption> options,
        @JsonProperty("dns_forward_rules") List<DnsForwardRule> dnsForwardRules,
        @JsonProperty("hostname") String hostname,
        @JsonProperty("hostname_fqdn") String hostnameFqdn,
        @JsonAnyGetter Map<String, JsonNode> extra) implements DnsConfigBuilder.With {

    /** {@return an empty builder} */
    public static DnsConfigBuilder builder() {
        return new DnsConfigBuilder();
    }

    @Override
    public String toString() {
        return DnsConfigBuilder.render(this);
    }
}
