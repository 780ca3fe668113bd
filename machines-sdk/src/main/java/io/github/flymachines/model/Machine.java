package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.ArrayList;
import java.util.Arrays;
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
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Machine(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("state") MachineState state,
        @JsonProperty("region") String region,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("version") String version,
        @JsonProperty("private_ip") String privateIp,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("config") MachineConfig config,
        @JsonProperty("incomplete_config") MachineConfig incompleteConfig,
        @JsonProperty("image_ref") ImageRef imageRef,
        @JsonProperty("events") List<MachineEvent> events,
        @JsonProperty("checks") List<CheckStatus> checks,
        @JsonProperty("nonce") String nonce,
        @JsonProperty("host_status") HostStatus hostStatus,
        @JsonProperty("cordoned") Boolean cordoned,
        @JsonProperty("containers") List<ContainerStatus> containers,
        @JsonProperty("host_features") List<String> hostFeatures,
        @JsonProperty("lease") LeaseInfo lease,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
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
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public Machine {
        events = Models.list(events);
        checks = Models.list(checks);
        containers = Models.list(containers);
        hostFeatures = Models.list(hostFeatures);
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

    /**
     * Returns a builder holding this record's values, unknown fields included.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns a copy with {@code id} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withId(String value) {
        return new Machine(value, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withName(String value) {
        return new Machine(id, value, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code state} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withState(MachineState value) {
        return new Machine(id, name, value, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code region} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withRegion(String value) {
        return new Machine(id, name, state, value, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code instance_id} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withInstanceId(String value) {
        return new Machine(id, name, state, region, value, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code version} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withVersion(String value) {
        return new Machine(id, name, state, region, instanceId, value, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code private_ip} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withPrivateIp(String value) {
        return new Machine(id, name, state, region, instanceId, version, value, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code created_at} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withCreatedAt(String value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, value, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code updated_at} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withUpdatedAt(String value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, value, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code config} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withConfig(MachineConfig value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, value, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code incomplete_config} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withIncompleteConfig(MachineConfig value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, value, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code image_ref} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withImageRef(ImageRef value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, value, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code events} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withEvents(List<MachineEvent> value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, value, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code checks} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withChecks(List<CheckStatus> value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, value, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code nonce} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withNonce(String value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, value, hostStatus, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code host_status} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withHostStatus(HostStatus value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, value, cordoned, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code cordoned} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withCordoned(Boolean value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, value, containers, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code containers} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withContainers(List<ContainerStatus> value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, value, hostFeatures, lease, extra);
    }

    /**
     * Returns a copy with {@code host_features} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withHostFeatures(List<String> value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, value, lease, extra);
    }

    /**
     * Returns a copy with {@code lease} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Machine withLease(LeaseInfo value) {
        return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, value, extra);
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


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("Machine")
                .add("id", id)
                .add("name", name)
                .add("state", state)
                .add("region", region)
                .add("instanceId", instanceId)
                .add("version", version)
                .add("privateIp", privateIp)
                .add("createdAt", createdAt)
                .add("updatedAt", updatedAt)
                .add("config", config)
                .add("incompleteConfig", incompleteConfig)
                .add("imageRef", imageRef)
                .add("events", events)
                .add("checks", checks)
                .secret("nonce", nonce)
                .add("hostStatus", hostStatus)
                .add("cordoned", cordoned)
                .add("containers", containers)
                .add("hostFeatures", hostFeatures)
                .add("lease", lease)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link Machine}. */
    public static final class Builder {
        private String id;
        private String name;
        private MachineState state;
        private String region;
        private String instanceId;
        private String version;
        private String privateIp;
        private String createdAt;
        private String updatedAt;
        private MachineConfig config;
        private MachineConfig incompleteConfig;
        private ImageRef imageRef;
        private final List<MachineEvent> events = new ArrayList<>();
        private final List<CheckStatus> checks = new ArrayList<>();
        private String nonce;
        private HostStatus hostStatus;
        private Boolean cordoned;
        private final List<ContainerStatus> containers = new ArrayList<>();
        private final List<String> hostFeatures = new ArrayList<>();
        private LeaseInfo lease;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(Machine r) {
            this.id = r.id;
            this.name = r.name;
            this.state = r.state;
            this.region = r.region;
            this.instanceId = r.instanceId;
            this.version = r.version;
            this.privateIp = r.privateIp;
            this.createdAt = r.createdAt;
            this.updatedAt = r.updatedAt;
            this.config = r.config;
            this.incompleteConfig = r.incompleteConfig;
            this.imageRef = r.imageRef;
            this.events.addAll(r.events);
            this.checks.addAll(r.checks);
            this.nonce = r.nonce;
            this.hostStatus = r.hostStatus;
            this.cordoned = r.cordoned;
            this.containers.addAll(r.containers);
            this.hostFeatures.addAll(r.hostFeatures);
            this.lease = r.lease;
            this.extra = r.extra;
        }

        /**
         * Sets {@code id}.
         *
         * @param value the machine id (14 hex characters)
         * @return this
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code state}.
         *
         * @param value the current state
         * @return this
         */
        public Builder state(MachineState value) {
            this.state = value;
            return this;
        }

        /**
         * Sets {@code region}.
         *
         * @param value the region
         * @return this
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets {@code instance_id}.
         *
         * @param value the current version (a ULID), changes on every update
         * @return this
         */
        public Builder instanceId(String value) {
            this.instanceId = value;
            return this;
        }

        /**
         * Sets {@code version}.
         *
         * @param value the version, when the API sends it
         * @return this
         */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * Sets {@code private_ip}.
         *
         * @param value the 6PN IPv6 address
         * @return this
         */
        public Builder privateIp(String value) {
            this.privateIp = value;
            return this;
        }

        /**
         * Sets {@code created_at}.
         *
         * @param value creation time (RFC 3339)
         * @return this
         */
        public Builder createdAt(String value) {
            this.createdAt = value;
            return this;
        }

        /**
         * Sets {@code updated_at}.
         *
         * @param value last update time (RFC 3339)
         * @return this
         */
        public Builder updatedAt(String value) {
            this.updatedAt = value;
            return this;
        }

        /**
         * Sets {@code config}.
         *
         * @param value the configuration
         * @return this
         */
        public Builder config(MachineConfig value) {
            this.config = value;
            return this;
        }

        /**
         * Sets {@code incomplete_config}.
         *
         * @param value the partial config shown when the host is unreachable
         * @return this
         */
        public Builder incompleteConfig(MachineConfig value) {
            this.incompleteConfig = value;
            return this;
        }

        /**
         * Sets {@code image_ref}.
         *
         * @param value the resolved image
         * @return this
         */
        public Builder imageRef(ImageRef value) {
            this.imageRef = value;
            return this;
        }

        /**
         * Sets {@code events}, replacing earlier values.
         *
         * @param values recent events, newest first
         * @return this
         */
        public Builder events(List<? extends MachineEvent> values) {
            this.events.clear();
            if (values != null) {
                this.events.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code events}, replacing earlier values.
         *
         * @param values recent events, newest first
         * @return this
         */
        public Builder events(MachineEvent... values) {
            return events(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code events}.
         *
         * @param value the element
         * @return this
         */
        public Builder addEvent(MachineEvent value) {
            this.events.add(value);
            return this;
        }

        /**
         * Sets {@code checks}, replacing earlier values.
         *
         * @param values health check results
         * @return this
         */
        public Builder checks(List<? extends CheckStatus> values) {
            this.checks.clear();
            if (values != null) {
                this.checks.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code checks}, replacing earlier values.
         *
         * @param values health check results
         * @return this
         */
        public Builder checks(CheckStatus... values) {
            return checks(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code checks}.
         *
         * @param value the element
         * @return this
         */
        public Builder addCheck(CheckStatus value) {
            this.checks.add(value);
            return this;
        }

        /**
         * Sets {@code nonce}.
         *
         * @param value the lease nonce, only on a create with {@code lease_ttl} (secret in logs)
         * @return this
         */
        public Builder nonce(String value) {
            this.nonce = value;
            return this;
        }

        /**
         * Sets {@code host_status}.
         *
         * @param value whether the host is reachable
         * @return this
         */
        public Builder hostStatus(HostStatus value) {
            this.hostStatus = value;
            return this;
        }

        /**
         * Sets {@code cordoned}.
         *
         * @param value whether the proxy sends it no traffic
         * @return this
         */
        public Builder cordoned(Boolean value) {
            this.cordoned = value;
            return this;
        }

        /**
         * Sets {@code containers}, replacing earlier values.
         *
         * @param values container states
         * @return this
         */
        public Builder containers(List<? extends ContainerStatus> values) {
            this.containers.clear();
            if (values != null) {
                this.containers.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code containers}, replacing earlier values.
         *
         * @param values container states
         * @return this
         */
        public Builder containers(ContainerStatus... values) {
            return containers(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code containers}.
         *
         * @param value the element
         * @return this
         */
        public Builder addContainer(ContainerStatus value) {
            this.containers.add(value);
            return this;
        }

        /**
         * Sets {@code host_features}, replacing earlier values.
         *
         * @param values features of the host
         * @return this
         */
        public Builder hostFeatures(List<? extends String> values) {
            this.hostFeatures.clear();
            if (values != null) {
                this.hostFeatures.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code host_features}, replacing earlier values.
         *
         * @param values features of the host
         * @return this
         */
        public Builder hostFeatures(String... values) {
            return hostFeatures(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code host_features}.
         *
         * @param value the element
         * @return this
         */
        public Builder addHostFeature(String value) {
            this.hostFeatures.add(value);
            return this;
        }

        /**
         * Sets {@code lease}.
         *
         * @param value the lease it is under
         * @return this
         */
        public Builder lease(LeaseInfo value) {
            this.lease = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link Machine}
         */
        public Machine build() {
            return new Machine(id, name, state, region, instanceId, version, privateIp, createdAt, updatedAt, config, incompleteConfig, imageRef, events, checks, nonce, hostStatus, cordoned, containers, hostFeatures, lease, extra);
        }
    }
}
