package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * What IP address to assign.
 *
 * @param type the kind of address (required) (JSON {@code type})
 * @param region the region, for egress addresses (JSON {@code region})
 * @param orgSlug the organization (JSON {@code org_slug})
 * @param network the private network, for private_v6 (JSON {@code network})
 * @param serviceName the service to route to (JSON {@code service_name})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.AssignIpRequestReader.class)
public record AssignIpRequest(
        @JsonProperty("type") IpAssignmentType type,
        @JsonProperty("region") String region,
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("network") String network,
        @JsonProperty("service_name") String serviceName,
        @JsonAnyGetter Map<String, JsonNode> extra) implements AssignIpRequestBuilder.With {

    /** {@return an empty builder} */
    public static AssignIpRequestBuilder builder() {
        return new AssignIpRequestBuilder();
    }

    /**
     * Asks for an address of a kind with no other setting.
     *
     * @param type the kind
     * @return the request
     */
    public static AssignIpRequest of(IpAssignmentType type) {
        return builder().type(type).build();
    }

    @Override
    public String toString() {
        return AssignIpRequestBuilder.render(this);
    }
}
