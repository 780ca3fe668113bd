package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Fly Machine: its identity, state, region, current version and configuration.
 *
 * @param id the machine id (14 hex characters) (JSON {@code id})
 * @param name the name (JSON {@code name})
 * @param state the current state (JSON {@code state})
 * @param region the region (JSON {@code region})
 * @param instanceId the current version (a ULID), changes on every update (JSON {@code
 *        instance_id})
 * @param version the version, when the API sends it (JSON {@code version})
 * @param privateIp the 6PN IPv6 address (JSON {@code private_ip})
 * @param createdAt creation time (RFC 3339) (JSON {@code created_at})
 * @param updatedAt last update time (RFC 3339) (JSON {@code updated_at})
 * @param config the configuration (JSON {@code config})
 * @param incompleteConfig the partial config shown when the host is unreachable (JSON {@code
 *        incomplete_config})
 * @param imageRef the resolved image (JSON {@code image_ref})
 * @param events recent events, newest first (JSON {@code events})
 * @param checks health check results (JSON {@code checks})
 * @param nonce the lease nonce, only on a create with {@code lease_ttl} (secret in logs) (JSON
 *        {@code nonce})
 * @param hostStatus whether the host is reachable (JSON {@code host_status})
 * @param cordoned whether the proxy sends it no traffic (JSON {@code cordoned})
 * @param containers container states (JSON {@code containers})
 * @param hostFeatures features of the host (JSON {@code host_features})
 * @param lease the lease it is under (JSON {@code lease})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MachineReader.class)
public record Machine(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("state") MachineState state,
        @JsonProperty("region") String region,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("version") String version,
        @JsonProperty("private_ip") String privateIp,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("updated_at") @TimeJson Instant updatedAt,
        @JsonProperty("config") MachineConfig config,
        @JsonProperty("incomplete_config") MachineConfig incompleteConfig,
        @JsonProperty("image_ref") ImageRef imageRef,
        @JsonProperty("events") List<MachineEvent> events,
        @JsonProperty("checks") List<CheckStatus> checks,
        @JsonProperty("nonce") @Secret String nonce,
        @JsonProperty("host_status") HostStatus hostStatus,
        @JsonProperty("cordoned") Boolean cordoned,
        @JsonProperty("containers") List<ContainerStatus> containers,
        @JsonProperty("host_features") List<String> hostFeatures,
        @JsonProperty("lease") LeaseInfo lease,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MachineBuilder.With {

    /** {@return an empty builder} */
    public static MachineBuilder builder() {
        return new MachineBuilder();
    }

    /**
     * Returns the version to anchor waits and updates to: {@code instance_id}, or {@code version}
     * when the former is absent.
     *
     * @return the version or null
     */
    public String currentVersion() {
        return instanceId != null ? instanceId : version;
    }

    /**
     * Returns the config, falling back to {@code incomplete_config} when the host is unreachable.
     *
     * @return the config, never null
     */
    public MachineConfig configOrEmpty() {
        if (config != null) {
            return config;
        }
        return incompleteConfig != null ? incompleteConfig : MachineConfig.builder().build();
    }

    @Override
    public String toString() {
        return MachineBuilder.render(this);
    }
}
