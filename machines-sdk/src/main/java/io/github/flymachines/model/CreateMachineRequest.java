package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Duration;
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
 * @param leaseTtl take a lease for this long (whole seconds on the wire); the nonce comes back in the machine (JSON
 *        {@code lease_ttl})
 * @param lsvd use log-structured virtual disks (spec only) (JSON {@code lsvd})
 * @param fallbackRegions regions to try in order when capacity runs out (SDK side, not sent)
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CreateMachineRequestReader.class)
public record CreateMachineRequest(
        @JsonProperty("config") MachineConfig config,
        @JsonProperty("name") String name,
        @JsonProperty("region") String region,
        @JsonProperty("skip_launch") Boolean skipLaunch,
        @JsonProperty("skip_service_registration") Boolean skipServiceRegistration,
        @JsonProperty("skip_secrets") Boolean skipSecrets,
        @JsonProperty("min_secrets_version") Long minSecretsVersion,
        @JsonProperty("lease_ttl") @TimeJson(TimeJson.Form.SECONDS) Duration leaseTtl,
        @JsonProperty("lsvd") Boolean lsvd,
        @JsonIgnore List<String> fallbackRegions,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CreateMachineRequestBuilder.With {

    /** {@return an empty builder} */
    public static CreateMachineRequestBuilder builder() {
        return new CreateMachineRequestBuilder();
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

    @Override
    public String toString() {
        return CreateMachineRequestBuilder.render(this);
    }
}
