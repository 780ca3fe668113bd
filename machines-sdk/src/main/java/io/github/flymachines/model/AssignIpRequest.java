package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record AssignIpRequest(
        @JsonProperty("type") IpAssignmentType type,
        @JsonProperty("region") String region,
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("network") String network,
        @JsonProperty("service_name") String serviceName,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param type the kind of address (required) (JSON {@code type})
     * @param region the region, for egress addresses (JSON {@code region})
     * @param orgSlug the organization (JSON {@code org_slug})
     * @param network the private network, for private_v6 (JSON {@code network})
     * @param serviceName the service to route to (JSON {@code service_name})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public AssignIpRequest {
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

    /** Builds a {@link AssignIpRequest}. */
    public static final class Builder {
        private IpAssignmentType type;
        private String region;
        private String orgSlug;
        private String network;
        private String serviceName;

        private Builder() {
        }

        /**
         * Sets {@code type}: the kind of address (required).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder type(IpAssignmentType value) {
            this.type = value;
            return this;
        }

        /**
         * Sets {@code region}: the region, for egress addresses.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets {@code org_slug}: the organization.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder orgSlug(String value) {
            this.orgSlug = value;
            return this;
        }

        /**
         * Sets {@code network}: the private network, for private_v6.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder network(String value) {
            this.network = value;
            return this;
        }

        /**
         * Sets {@code service_name}: the service to route to.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder serviceName(String value) {
            this.serviceName = value;
            return this;
        }

        /** @return the request */
        public AssignIpRequest build() {
            return new AssignIpRequest(type, region, orgSlug, network, serviceName, null);
        }
    }

    /**
     * Asks for an address of a kind with no other setting.
     *
     * @param type the kind
     * @return the request
     */
    public static AssignIpRequest of(IpAssignmentType type) {
        return new AssignIpRequest(type, null, null, null, null, null);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("AssignIpRequest")
                .add("type", type)
                .add("region", region)
                .add("orgSlug", orgSlug)
                .add("network", network)
                .add("serviceName", serviceName)
                .extra(extra)
                .toString();
    }
}
