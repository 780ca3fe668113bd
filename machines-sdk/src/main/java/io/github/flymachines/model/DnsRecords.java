package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The DNS records found for a hostname during a check.
 *
 * @param a A records (JSON {@code a})
 * @param aaaa AAAA records (JSON {@code aaaa})
 * @param cname CNAME records (JSON {@code cname})
 * @param acmeChallengeCname the ACME challenge CNAME (JSON {@code acme_challenge_cname})
 * @param ownershipTxt the ownership TXT record (JSON {@code ownership_txt})
 * @param resolvedAddresses the addresses the name resolves to (JSON {@code resolved_addresses})
 * @param soa the SOA record (JSON {@code soa})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.DnsRecordsReader.class)
public record DnsRecords(
        @JsonProperty("a") List<String> a,
        @JsonProperty("aaaa") List<String> aaaa,
        @JsonProperty("cname") List<String> cname,
        @JsonProperty("acme_challenge_cname") String acmeChallengeCname,
        @JsonProperty("ownership_txt") String ownershipTxt,
        @JsonProperty("resolved_addresses") List<String> resolvedAddresses,
        @JsonProperty("soa") String soa,
        @JsonAnyGetter Map<String, JsonNode> extra) implements DnsRecordsBuilder.With {

    /** {@return an empty builder} */
    public static DnsRecordsBuilder builder() {
        return new DnsRecordsBuilder();
    }

    @Override
    public String toString() {
        return DnsRecordsBuilder.render(this);
    }
}
