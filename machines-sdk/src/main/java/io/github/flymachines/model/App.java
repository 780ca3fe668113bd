package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.AppReader.class)
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
        @JsonAnyGetter Map<String, JsonNode> extra) implements AppBuilder.With {

    /** {@return an empty builder} */
    public static AppBuilder builder() {
        return new AppBuilder();
    }

    @Override
    public String toString() {
        return AppBuilder.render(this);
    }
}
