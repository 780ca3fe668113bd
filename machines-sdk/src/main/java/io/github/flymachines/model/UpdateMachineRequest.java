package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A new configuration for an existing Machine (the platform stops it, applies the config and
 * starts it).
 *
 * @param config the full new configuration (JSON {@code config})
 * @param currentVersion the version being replaced; the update fails if the machine has moved on
 *        (JSON {@code current_version})
 * @param name the name (cannot change) (JSON {@code name})
 * @param region the region (cannot change) (JSON {@code region})
 * @param skipLaunch apply without starting (JSON {@code skip_launch})
 * @param skipServiceRegistration do not register services (JSON {@code
 *        skip_service_registration})
 * @param skipSecrets do not inject app secrets (JSON {@code skip_secrets})
 * @param minSecretsVersion the app secrets version to see (JSON {@code min_secrets_version})
 * @param leaseTtl take a lease for this many seconds (JSON {@code lease_ttl})
 * @param lsvd use log-structured virtual disks (spec only) (JSON {@code lsvd})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UpdateMachineRequest(
        @JsonProperty("config") MachineConfig config,
        @JsonProperty("current_version") String currentVersion,
        @JsonProperty("name") String name,
        @JsonProperty("region") String region,
        @JsonProperty("skip_launch") Boolean skipLaunch,
        @JsonProperty("skip_service_registration") Boolean skipServiceRegistration,
        @JsonProperty("skip_secrets") Boolean skipSecrets,
        @JsonProperty("min_secrets_version") Long minSecretsVersion,
        @JsonProperty("lease_ttl") Integer leaseTtl,
        @JsonProperty("lsvd") Boolean lsvd,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param config the full new configuration (JSON {@code config})
     * @param currentVersion the version being replaced; the update fails if the machine has moved on
     *        (JSON {@code current_version})
     * @param name the name (cannot change) (JSON {@code name})
     * @param region the region (cannot change) (JSON {@code region})
     * @param skipLaunch apply without starting (JSON {@code skip_launch})
     * @param skipServiceRegistration do not register services (JSON {@code
     *        skip_service_registration})
     * @param skipSecrets do not inject app secrets (JSON {@code skip_secrets})
     * @param minSecretsVersion the app secrets version to see (JSON {@code min_secrets_version})
     * @param leaseTtl take a lease for this many seconds (JSON {@code lease_ttl})
     * @param lsvd use log-structured virtual disks (spec only) (JSON {@code lsvd})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public UpdateMachineRequest {
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
     * Returns a copy with {@code config} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withConfig(MachineConfig value) {
        return new UpdateMachineRequest(value, currentVersion, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code current_version} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withCurrentVersion(String value) {
        return new UpdateMachineRequest(config, value, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withName(String value) {
        return new UpdateMachineRequest(config, currentVersion, value, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code region} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withRegion(String value) {
        return new UpdateMachineRequest(config, currentVersion, name, value, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code skip_launch} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withSkipLaunch(Boolean value) {
        return new UpdateMachineRequest(config, currentVersion, name, region, value, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code skip_service_registration} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withSkipServiceRegistration(Boolean value) {
        return new UpdateMachineRequest(config, currentVersion, name, region, skipLaunch, value, skipSecrets, minSecretsVersion, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code skip_secrets} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withSkipSecrets(Boolean value) {
        return new UpdateMachineRequest(config, currentVersion, name, region, skipLaunch, skipServiceRegistration, value, minSecretsVersion, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code min_secrets_version} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withMinSecretsVersion(Long value) {
        return new UpdateMachineRequest(config, currentVersion, name, region, skipLaunch, skipServiceRegistration, skipSecrets, value, leaseTtl, lsvd, extra);
    }

    /**
     * Returns a copy with {@code lease_ttl} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withLeaseTtl(Integer value) {
        return new UpdateMachineRequest(config, currentVersion, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, value, lsvd, extra);
    }

    /**
     * Returns a copy with {@code lsvd} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public UpdateMachineRequest withLsvd(Boolean value) {
        return new UpdateMachineRequest(config, currentVersion, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, value, extra);
    }

    /**
     * A request for a config, with everything else default.
     *
     * @param config the configuration
     * @return the request
     */
    public static UpdateMachineRequest of(MachineConfig config) {
        return builder().config(config).build();
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("UpdateMachineRequest")
                .add("config", config)
                .add("currentVersion", currentVersion)
                .add("name", name)
                .add("region", region)
                .add("skipLaunch", skipLaunch)
                .add("skipServiceRegistration", skipServiceRegistration)
                .add("skipSecrets", skipSecrets)
                .add("minSecretsVersion", minSecretsVersion)
                .add("leaseTtl", leaseTtl)
                .add("lsvd", lsvd)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link UpdateMachineRequest}. */
    public static final class Builder {
        private MachineConfig config;
        private String currentVersion;
        private String name;
        private String region;
        private Boolean skipLaunch;
        private Boolean skipServiceRegistration;
        private Boolean skipSecrets;
        private Long minSecretsVersion;
        private Integer leaseTtl;
        private Boolean lsvd;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(UpdateMachineRequest r) {
            this.config = r.config;
            this.currentVersion = r.currentVersion;
            this.name = r.name;
            this.region = r.region;
            this.skipLaunch = r.skipLaunch;
            this.skipServiceRegistration = r.skipServiceRegistration;
            this.skipSecrets = r.skipSecrets;
            this.minSecretsVersion = r.minSecretsVersion;
            this.leaseTtl = r.leaseTtl;
            this.lsvd = r.lsvd;
            this.extra = r.extra;
        }

        /**
         * Sets {@code config}.
         *
         * @param value the full new configuration
         * @return this
         */
        public Builder config(MachineConfig value) {
            this.config = value;
            return this;
        }

        /**
         * Sets {@code current_version}.
         *
         * @param value the version being replaced; the update fails if the machine has moved on
         * @return this
         */
        public Builder currentVersion(String value) {
            this.currentVersion = value;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the name (cannot change)
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code region}.
         *
         * @param value the region (cannot change)
         * @return this
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets {@code skip_launch}.
         *
         * @param value apply without starting
         * @return this
         */
        public Builder skipLaunch(Boolean value) {
            this.skipLaunch = value;
            return this;
        }

        /**
         * Sets {@code skip_service_registration}.
         *
         * @param value do not register services
         * @return this
         */
        public Builder skipServiceRegistration(Boolean value) {
            this.skipServiceRegistration = value;
            return this;
        }

        /**
         * Sets {@code skip_secrets}.
         *
         * @param value do not inject app secrets
         * @return this
         */
        public Builder skipSecrets(Boolean value) {
            this.skipSecrets = value;
            return this;
        }

        /**
         * Sets {@code min_secrets_version}.
         *
         * @param value the app secrets version to see
         * @return this
         */
        public Builder minSecretsVersion(Long value) {
            this.minSecretsVersion = value;
            return this;
        }

        /**
         * Sets {@code lease_ttl}.
         *
         * @param value take a lease for this many seconds
         * @return this
         */
        public Builder leaseTtl(Integer value) {
            this.leaseTtl = value;
            return this;
        }

        /**
         * Sets {@code lsvd}.
         *
         * @param value use log-structured virtual disks (spec only)
         * @return this
         */
        public Builder lsvd(Boolean value) {
            this.lsvd = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link UpdateMachineRequest}
         */
        public UpdateMachineRequest build() {
            return new UpdateMachineRequest(config, currentVersion, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, extra);
        }
    }
}
