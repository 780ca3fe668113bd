package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The DNS records a certificate's hostname needs.
 *
 * @param a IPv4 addresses for A records (JSON {@code a})
 * @param aaaa IPv6 addresses for AAAA records (JSON {@code aaaa})
 * @param cname the CNAME target (JSON {@code cname})
 * @param acmeChallenge the ACME challenge record (JSON {@code acme_challenge})
 * @param ownership the ownership TXT record (JSON {@code ownership})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.DnsRequirementsReader.class)
public record DnsRequirements(
        @JsonProperty("a") List<String> a,
        @JsonProperty("aaaa") List<String> aaaa,
        @JsonProperty("cname") String cname,
        @JsonProperty("acme_challenge") AcmeChallenge acmeChallenge,
        @JsonProperty("ownership") OwnershipVerification ownership,
        @JsonAnyGetter Map<String, JsonNode> extra) implements DnsRequirementsBuilder.With {

    /** {@return an empty builder} */
    public static DnsRequirementsBuilder builder() {
        return new DnsRequirementsBuilder();
    }

    @Override
    public String toString() {
        return DnsRequirementsBuilder.render(this);
    }
}
