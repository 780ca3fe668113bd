package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Duration;
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
 * @param leaseTtl take a lease for this long, whole seconds on the wire (JSON {@code lease_ttl})
 * @param lsvd use log-structured virtual disks (spec only) (JSON {@code lsvd})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.UpdateMachineRequestReader.class)
public record UpdateMachineRequest(
        @JsonProperty("config") MachineConfig config,
        @JsonProperty("current_version") String currentVersion,
        @JsonProperty("name") String name,
        @JsonProperty("region") String region,
        @JsonProperty("skip_launch") Boolean skipLaunch,
        @JsonProperty("skip_service_registration") Boolean skipServiceRegistration,
        @JsonProperty("skip_secrets") Boolean skipSecrets,
        @JsonProperty("min_secrets_version") Long minSecretsVersion,
        @JsonProperty("lease_ttl") @TimeJson(TimeJson.Form.SECONDS) Duration leaseTtl,
        @JsonProperty("lsvd") Boolean lsvd,
        @JsonAnyGetter Map<String, JsonNode> extra) implements UpdateMachineRequestBuilder.With {

    /** {@return an empty builder} */
    public static UpdateMachineRequestBuilder builder() {
        return new UpdateMachineRequestBuilder();
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

    @Override
    public String toString() {
        return UpdateMachineRequestBuilder.render(this);
    }
}
