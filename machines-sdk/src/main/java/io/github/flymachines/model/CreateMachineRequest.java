package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to create a Machine: its config and where and how to launch it.
 *
 * With {@code fallbackRegions} set, the SDK sends the create to the first region and, on a
 * capacity error, to the next one, and so on; the final error lists every attempt as suppressed
 * exceptions.
 *
 * @param config the configuration (required; {@code image} is required) (JSON {@code config})
 * @param name a unique name; generated when omitted (JSON {@code name})
 * @param region the region, a prioritized list ({@code iad,dfw}) or an alias ({@code us}, {@code
 *        eu}, {@code any}) (JSON {@code region})
 * @param skipLaunch create without booting (state stays {@code created}) (JSON {@code
 *        skip_launch})
 * @param skipServiceRegistration do not register services with the proxy (JSON {@code
 *        skip_service_registration})
 * @param skipSecrets do not inject app secrets (JSON {@code skip_secrets})
 * @param minSecretsVersion the app secrets version the machine must see (from a secrets update)
 *        (JSON {@code min_secrets_version})
 * @param leaseTtl take a lease for this many seconds; the nonce comes back in the machine (JSON
 *        {@code lease_ttl})
 * @param lsvd use log-structured virtual disks (spec only) (JSON {@code lsvd})
 * @param fallbackRegions regions to try in order when capacity runs out (SDK side, not sent)
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CreateMachineRequest(
        @JsonProperty("config") MachineConfig config,
        @JsonProperty("name") String name,
        @JsonProperty("region") String region,
        @JsonProperty("skip_launch") Boolean skipLaunch,
        @JsonProperty("skip_service_registration") Boolean skipServiceRegistration,
        @JsonProperty("skip_secrets") Boolean skipSecrets,
        @JsonProperty("min_secrets_version") Long minSecretsVersion,
        @JsonProperty("lease_ttl") Integer leaseTtl,
        @JsonProperty("lsvd") Boolean lsvd,
        @JsonIgnore List<String> fallbackRegions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param config the configuration (required; {@code image} is required) (JSON {@code config})
     * @param name a unique name; generated when omitted (JSON {@code name})
     * @param region the region, a prioritized list ({@code iad,dfw}) or an alias ({@code us}, {@code
     *        eu}, {@code any}) (JSON {@code region})
     * @param skipLaunch create without booting (state stays {@code created}) (JSON {@code
     *        skip_launch})
     * @param skipServiceRegistration do not register services with the proxy (JSON {@code
     *        skip_service_registration})
     * @param skipSecrets do not inject app secrets (JSON {@code skip_secrets})
     * @param minSecretsVersion the app secrets version the machine must see (from a secrets update)
     *        (JSON {@code min_secrets_version})
     * @param leaseTtl take a lease for this many seconds; the nonce comes back in the machine (JSON
     *        {@code lease_ttl})
     * @param lsvd use log-structured virtual disks (spec only) (JSON {@code lsvd})
     * @param fallbackRegions regions to try in order when capacity runs out (SDK side, not sent)
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public CreateMachineRequest {
        fallbackRegions = Models.list(fallbackRegions);
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
    public CreateMachineRequest withConfig(MachineConfig value) {
        return new CreateMachineRequest(value, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withName(String value) {
        return new CreateMachineRequest(config, value, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code region} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withRegion(String value) {
        return new CreateMachineRequest(config, name, value, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code skip_launch} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withSkipLaunch(Boolean value) {
        return new CreateMachineRequest(config, name, region, value, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code skip_service_registration} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withSkipServiceRegistration(Boolean value) {
        return new CreateMachineRequest(config, name, region, skipLaunch, value, skipSecrets, minSecretsVersion, leaseTtl, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code skip_secrets} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withSkipSecrets(Boolean value) {
        return new CreateMachineRequest(config, name, region, skipLaunch, skipServiceRegistration, value, minSecretsVersion, leaseTtl, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code min_secrets_version} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withMinSecretsVersion(Long value) {
        return new CreateMachineRequest(config, name, region, skipLaunch, skipServiceRegistration, skipSecrets, value, leaseTtl, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code lease_ttl} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withLeaseTtl(Integer value) {
        return new CreateMachineRequest(config, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, value, lsvd, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code lsvd} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withLsvd(Boolean value) {
        return new CreateMachineRequest(config, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, value, fallbackRegions, extra);
    }

    /**
     * Returns a copy with {@code fallback_regions} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateMachineRequest withFallbackRegions(List<String> value) {
        return new CreateMachineRequest(config, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, value, extra);
    }

    /**
     * A request for a config, with everything else default.
     *
     * @param config the configuration
     * @return the request
     */
    public static CreateMachineRequest of(MachineConfig config) {
        return builder().config(config).build();
    }

    /**
     * Returns a copy that falls back through these regions, in order, on capacity errors.
     *
     * @param regions the regions, first preferred
     * @return the copy
     */
    public CreateMachineRequest inRegions(String... regions) {
        return withFallbackRegions(List.of(io.github.flymachines.internal.validate.Args.elements("regions", regions)));
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CreateMachineRequest")
                .add("config", config)
                .add("name", name)
                .add("region", region)
                .add("skipLaunch", skipLaunch)
                .add("skipServiceRegistration", skipServiceRegistration)
                .add("skipSecrets", skipSecrets)
                .add("minSecretsVersion", minSecretsVersion)
                .add("leaseTtl", leaseTtl)
                .add("lsvd", lsvd)
                .add("fallbackRegions", fallbackRegions)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link CreateMachineRequest}. */
    public static final class Builder {
        private MachineConfig config;
        private String name;
        private String region;
        private Boolean skipLaunch;
        private Boolean skipServiceRegistration;
        private Boolean skipSecrets;
        private Long minSecretsVersion;
        private Integer leaseTtl;
        private Boolean lsvd;
        private final List<String> fallbackRegions = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(CreateMachineRequest r) {
            this.config = r.config;
            this.name = r.name;
            this.region = r.region;
            this.skipLaunch = r.skipLaunch;
            this.skipServiceRegistration = r.skipServiceRegistration;
            this.skipSecrets = r.skipSecrets;
            this.minSecretsVersion = r.minSecretsVersion;
            this.leaseTtl = r.leaseTtl;
            this.lsvd = r.lsvd;
            this.fallbackRegions.addAll(r.fallbackRegions);
            this.extra = r.extra;
        }

        /**
         * Sets {@code config}.
         *
         * @param value the configuration (required; {@code image} is required)
         * @return this
         */
        public Builder config(MachineConfig value) {
            this.config = value;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param value a unique name; generated when omitted
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code region}.
         *
         * @param value the region, a prioritized list ({@code iad,dfw}) or an alias ({@code us}, {@code eu}, {@code any})
         * @return this
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets {@code skip_launch}.
         *
         * @param value create without booting (state stays {@code created})
         * @return this
         */
        public Builder skipLaunch(Boolean value) {
            this.skipLaunch = value;
            return this;
        }

        /**
         * Sets {@code skip_service_registration}.
         *
         * @param value do not register services with the proxy
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
         * @param value the app secrets version the machine must see (from a secrets update)
         * @return this
         */
        public Builder minSecretsVersion(Long value) {
            this.minSecretsVersion = value;
            return this;
        }

        /**
         * Sets {@code lease_ttl}.
         *
         * @param value take a lease for this many seconds; the nonce comes back in the machine
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
         * Sets {@code fallback_regions}, replacing earlier values.
         *
         * @param values regions to try in order when capacity runs out (SDK side, not sent)
         * @return this
         */
        public Builder fallbackRegions(List<? extends String> values) {
            this.fallbackRegions.clear();
            if (values != null) {
                this.fallbackRegions.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code fallback_regions}, replacing earlier values.
         *
         * @param values regions to try in order when capacity runs out (SDK side, not sent)
         * @return this
         */
        public Builder fallbackRegions(String... values) {
            return fallbackRegions(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code fallback_regions}.
         *
         * @param value the element
         * @return this
         */
        public Builder addFallbackRegion(String value) {
            this.fallbackRegions.add(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link CreateMachineRequest}
         */
        public CreateMachineRequest build() {
            return new CreateMachineRequest(config, name, region, skipLaunch, skipServiceRegistration, skipSecrets, minSecretsVersion, leaseTtl, lsvd, fallbackRegions, extra);
        }
    }
}
