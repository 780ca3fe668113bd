package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A Fly app: the container of Machines, volumes, secrets and IPs.
 *
 * @param id the app id (JSON {@code id})
 * @param name the name (global across Fly) (JSON {@code name})
 * @param status the status (JSON {@code status})
 * @param organization the organization (JSON {@code organization})
 * @param network the 6PN network (JSON {@code network})
 * @param networkCidr the network range (JSON {@code network_cidr})
 * @param machineCount the number of machines (JSON {@code machine_count})
 * @param volumeCount the number of volumes (JSON {@code volume_count})
 * @param internalNumericId the internal id (JSON {@code internal_numeric_id})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record App(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("organization") Organization organization,
        @JsonProperty("network") String network,
        @JsonProperty("network_cidr") String networkCidr,
        @JsonProperty("machine_count") Integer machineCount,
        @JsonProperty("volume_count") Integer volumeCount,
        @JsonProperty("internal_numeric_id") Long internalNumericId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param id the app id (JSON {@code id})
     * @param name the name (global across Fly) (JSON {@code name})
     * @param status the status (JSON {@code status})
     * @param organization the organization (JSON {@code organization})
     * @param network the 6PN network (JSON {@code network})
     * @param networkCidr the network range (JSON {@code network_cidr})
     * @param machineCount the number of machines (JSON {@code machine_count})
     * @param volumeCount the number of volumes (JSON {@code volume_count})
     * @param internalNumericId the internal id (JSON {@code internal_numeric_id})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public App {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("App")
                .add("id", id)
                .add("name", name)
                .add("status", status)
                .add("organization", organization)
                .add("network", network)
                .add("networkCidr", networkCidr)
                .add("machineCount", machineCount)
                .add("volumeCount", volumeCount)
                .add("internalNumericId", internalNumericId)
                .extra(extra)
                .toString();
    }
}
