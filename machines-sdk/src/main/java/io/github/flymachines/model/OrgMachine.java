package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.Map;

/**
 * A Machine in an organization-wide list.
 *
 * @param id the machine id (JSON {@code id})
 * @param name the name (JSON {@code name})
 * @param appName the app (JSON {@code app_name})
 * @param state the state (JSON {@code state})
 * @param region the region (JSON {@code region})
 * @param version the version (JSON {@code version})
 * @param instanceId deprecated: the version (JSON {@code instance_id})
 * @param privateIp the 6PN address (JSON {@code private_ip})
 * @param createdAt creation time (JSON {@code created_at})
 * @param updatedAt last change (JSON {@code updated_at})
 * @param config image, guest and metadata (JSON {@code config})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.OrgMachineReader.class)
public record OrgMachine(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("app_name") String appName,
        @JsonProperty("state") MachineState state,
        @JsonProperty("region") String region,
        @JsonProperty("version") String version,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("private_ip") String privateIp,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("updated_at") @TimeJson Instant updatedAt,
        @JsonProperty("config") OrgMachineConfig config,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements OrgMachineBuilder.With {

    /** {@return an empty builder} */
    public static OrgMachineBuilder builder() {
        return new OrgMachineBuilder();
    }

    @Override
    public String toString() {
        return OrgMachineBuilder.render(this);
    }
}
