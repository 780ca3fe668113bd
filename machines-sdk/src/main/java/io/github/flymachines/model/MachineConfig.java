package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The configuration of a Machine: image, size, environment, services, checks, mounts, restart
 * policy and everything else the platform applies on create and update.
 *
 * Unknown fields are kept: an update built from a config read from the API never drops settings
 * this SDK version does not model.
 *
 * @param image the image to run, e.g. {@code registry-1.docker.io/library/nginx:1.27} (JSON
 *        {@code image})
 * @param env environment variables (values are secret: never logged or printed) (JSON {@code
 *        env})
 * @param init init overrides (JSON {@code init})
 * @param guest the VM size (JSON {@code guest})
 * @param services network services (JSON {@code services})
 * @param checks named health checks (JSON {@code checks})
 * @param mounts volume mounts (JSON {@code mounts})
 * @param restart the restart policy (JSON {@code restart})
 * @param autoDestroy whether the machine destroys itself when its main process exits (JSON {@code
 *        auto_destroy})
 * @param metadata metadata (keys starting with {@code fly_} are reserved by the platform) (JSON
 *        {@code metadata})
 * @param processes processes (JSON {@code processes})
 * @param files files written before start (JSON {@code files})
 * @param dns DNS settings (JSON {@code dns})
 * @param stopConfig stop signal and timeout (JSON {@code stop_config})
 * @param schedule {@code hourly}, {@code daily}, {@code weekly} or {@code monthly} (JSON {@code
 *        schedule})
 * @param standbys ids of machines this one stands by for (JSON {@code standbys})
 * @param statics static file mappings (JSON {@code statics})
 * @param metrics metrics endpoint (JSON {@code metrics})
 * @param containers containers (JSON {@code containers})
 * @param volumes volumes shared by containers (JSON {@code volumes})
 * @param rootfs root filesystem settings (JSON {@code rootfs})
 * @param cacheDrive a local cache drive (JSON {@code cache_drive})
 * @param spot spot placement (JSON {@code spot})
 * @param size deprecated: use {@link #guest()} (JSON {@code size})
 * @param disableMachineAutostart deprecated: use {@link MachineService#autostart()} (JSON {@code
 *        disable_machine_autostart})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MachineConfigReader.class)
public record MachineConfig(
        @JsonProperty("image") String image,
        @JsonProperty("env") @Secret Map<String, String> env,
        @JsonProperty("init") InitConfig init,
        @JsonProperty("guest") Guest guest,
        @JsonProperty("services") List<MachineService> services,
        @JsonProperty("checks") Map<String, MachineCheck> checks,
        @JsonProperty("mounts") List<Mount> mounts,
        @JsonProperty("restart") RestartConfig restart,
        @JsonProperty("auto_destroy") Boolean autoDestroy,
        @JsonProperty("metadata") Map<String, String> metadata,
        @JsonProperty("processes") List<ProcessConfig> processes,
        @JsonProperty("files") List<MachineFile> files,
        @JsonProperty("dns") DnsConfig dns,
        @JsonProperty("stop_config") StopConfig stopConfig,
        @JsonProperty("schedule") String schedule,
        @JsonProperty("standbys") List<String> standbys,
        @JsonProperty("statics") List<StaticConfig> statics,
        @JsonProperty("metrics") MetricsConfig metrics,
        @JsonProperty("containers") List<ContainerConfig> containers,
        @JsonProperty("volumes") List<ContainerVolume> volumes,
        @JsonProperty("rootfs") RootfsConfig rootfs,
        @JsonProperty("cache_drive") CacheDrive cacheDrive,
        @JsonProperty("spot") SpotConfig spot,
        @JsonProperty("size") String size,
        @JsonProperty("disable_machine_autostart") Boolean disableMachineAutostart,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MachineConfigBuilder.With {

    /** {@return an empty builder} */
    public static MachineConfigBuilder builder() {
        return new MachineConfigBuilder();
    }

    @Override
    public String toString() {
        return MachineConfigBuilder.render(this);
    }
}
