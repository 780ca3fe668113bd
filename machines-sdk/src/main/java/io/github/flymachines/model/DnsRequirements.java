package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record DnsRequirements(
        @JsonProperty("a") List<String> a,
        @JsonProperty("aaaa") List<String> aaaa,
        @JsonProperty("cname") String cname,
        @JsonProperty("acme_challenge") AcmeChallenge acmeChallenge,
        @JsonProperty("ownership") OwnershipVerification ownership,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param a IPv4 addresses for A records (JSON {@code a})
     * @param aaaa IPv6 addresses for AAAA records (JSON {@code aaaa})
     * @param cname the CNAME target (JSON {@code cname})
     * @param acmeChallenge the ACME challenge record (JSON {@code acme_challenge})
     * @param ownership the ownership TXT record (JSON {@code ownership})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public DnsRequirements {
        a = Models.list(a);
        aaaa = Models.list(aaaa);
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("DnsRequirements")
                .add("a", a)
                .add("aaaa", aaaa)
                .add("cname", cname)
                .add("acmeChallenge", acmeChallenge)
                .add("ownership", ownership)
                .extra(extra)
                .toString();
    }
}
