package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
public record MachineConfig(
        @JsonProperty("image") String image,
        @JsonProperty("env") Map<String, String> env,
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
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
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
    public MachineConfig {
        env = Models.map(env);
        services = Models.list(services);
        checks = Models.map(checks);
        mounts = Models.list(mounts);
        metadata = Models.map(metadata);
        processes = Models.list(processes);
        files = Models.list(files);
        standbys = Models.list(standbys);
        statics = Models.list(statics);
        containers = Models.list(containers);
        volumes = Models.list(volumes);
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
     * Returns a copy with {@code image} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withImage(String value) {
        return new MachineConfig(value, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code env} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withEnv(Map<String, String> value) {
        return new MachineConfig(image, value, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code init} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withInit(InitConfig value) {
        return new MachineConfig(image, env, value, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code guest} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withGuest(Guest value) {
        return new MachineConfig(image, env, init, value, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code services} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withServices(List<MachineService> value) {
        return new MachineConfig(image, env, init, guest, value, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code checks} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withChecks(Map<String, MachineCheck> value) {
        return new MachineConfig(image, env, init, guest, services, value, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code mounts} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withMounts(List<Mount> value) {
        return new MachineConfig(image, env, init, guest, services, checks, value, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code restart} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withRestart(RestartConfig value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, value, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code auto_destroy} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withAutoDestroy(Boolean value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, value, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code metadata} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withMetadata(Map<String, String> value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, value, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code processes} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withProcesses(List<ProcessConfig> value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, value, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code files} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withFiles(List<MachineFile> value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, value, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code dns} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withDns(DnsConfig value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, value, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code stop_config} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withStopConfig(StopConfig value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, value, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code schedule} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withSchedule(String value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, value, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code standbys} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withStandbys(List<String> value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, value, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code statics} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withStatics(List<StaticConfig> value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, value, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code metrics} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withMetrics(MetricsConfig value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, value, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code containers} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withContainers(List<ContainerConfig> value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, value, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code volumes} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withVolumes(List<ContainerVolume> value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, value, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code rootfs} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withRootfs(RootfsConfig value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, value, cacheDrive, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code cache_drive} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withCacheDrive(CacheDrive value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, value, spot, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code spot} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withSpot(SpotConfig value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, value, size, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code size} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withSize(String value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, value, disableMachineAutostart, extra);
    }

    /**
     * Returns a copy with {@code disable_machine_autostart} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineConfig withDisableMachineAutostart(Boolean value) {
        return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MachineConfig")
                .add("image", image)
                .secretValues("env", env)
                .add("init", init)
                .add("guest", guest)
                .add("services", services)
                .add("checks", checks)
                .add("mounts", mounts)
                .add("restart", restart)
                .add("autoDestroy", autoDestroy)
                .add("metadata", metadata)
                .add("processes", processes)
                .add("files", files)
                .add("dns", dns)
                .add("stopConfig", stopConfig)
                .add("schedule", schedule)
                .add("standbys", standbys)
                .add("statics", statics)
                .add("metrics", metrics)
                .add("containers", containers)
                .add("volumes", volumes)
                .add("rootfs", rootfs)
                .add("cacheDrive", cacheDrive)
                .add("spot", spot)
                .add("size", size)
                .add("disableMachineAutostart", disableMachineAutostart)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link MachineConfig}. */
    public static final class Builder {
        private String image;
        private final Map<String, String> env = new LinkedHashMap<>();
        private InitConfig init;
        private Guest guest;
        private final List<MachineService> services = new ArrayList<>();
        private final Map<String, MachineCheck> checks = new LinkedHashMap<>();
        private final List<Mount> mounts = new ArrayList<>();
        private RestartConfig restart;
        private Boolean autoDestroy;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<ProcessConfig> processes = new ArrayList<>();
        private final List<MachineFile> files = new ArrayList<>();
        private DnsConfig dns;
        private StopConfig stopConfig;
        private String schedule;
        private final List<String> standbys = new ArrayList<>();
        private final List<StaticConfig> statics = new ArrayList<>();
        private MetricsConfig metrics;
        private final List<ContainerConfig> containers = new ArrayList<>();
        private final List<ContainerVolume> volumes = new ArrayList<>();
        private RootfsConfig rootfs;
        private CacheDrive cacheDrive;
        private SpotConfig spot;
        private String size;
        private Boolean disableMachineAutostart;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(MachineConfig r) {
            this.image = r.image;
            this.env.putAll(r.env);
            this.init = r.init;
            this.guest = r.guest;
            this.services.addAll(r.services);
            this.checks.putAll(r.checks);
            this.mounts.addAll(r.mounts);
            this.restart = r.restart;
            this.autoDestroy = r.autoDestroy;
            this.metadata.putAll(r.metadata);
            this.processes.addAll(r.processes);
            this.files.addAll(r.files);
            this.dns = r.dns;
            this.stopConfig = r.stopConfig;
            this.schedule = r.schedule;
            this.standbys.addAll(r.standbys);
            this.statics.addAll(r.statics);
            this.metrics = r.metrics;
            this.containers.addAll(r.containers);
            this.volumes.addAll(r.volumes);
            this.rootfs = r.rootfs;
            this.cacheDrive = r.cacheDrive;
            this.spot = r.spot;
            this.size = r.size;
            this.disableMachineAutostart = r.disableMachineAutostart;
            this.extra = r.extra;
        }

        /**
         * Sets {@code image}.
         *
         * @param value the image to run, e.g. {@code registry-1.docker.io/library/nginx:1.27}
         * @return this
         */
        public Builder image(String value) {
            this.image = value;
            return this;
        }

        /**
         * Sets {@code env}, replacing earlier entries.
         *
         * @param values environment variables (values are secret: never logged or printed)
         * @return this
         */
        public Builder env(Map<String, ? extends String> values) {
            this.env.clear();
            if (values != null) {
                this.env.putAll(values);
            }
            return this;
        }

        /**
         * Adds or replaces one entry of {@code env}.
         *
         * @param key the key
         * @param value the value
         * @return this
         */
        public Builder putEnv(String key, String value) {
            this.env.put(key, value);
            return this;
        }

        /**
         * Sets {@code init}.
         *
         * @param value init overrides
         * @return this
         */
        public Builder init(InitConfig value) {
            this.init = value;
            return this;
        }

        /**
         * Sets {@code guest}.
         *
         * @param value the VM size
         * @return this
         */
        public Builder guest(Guest value) {
            this.guest = value;
            return this;
        }

        /**
         * Sets {@code services}, replacing earlier values.
         *
         * @param values network services
         * @return this
         */
        public Builder services(List<? extends MachineService> values) {
            this.services.clear();
            if (values != null) {
                this.services.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code services}, replacing earlier values.
         *
         * @param values network services
         * @return this
         */
        public Builder services(MachineService... values) {
            return services(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code services}.
         *
         * @param value the element
         * @return this
         */
        public Builder addService(MachineService value) {
            this.services.add(value);
            return this;
        }

        /**
         * Sets {@code checks}, replacing earlier entries.
         *
         * @param values named health checks
         * @return this
         */
        public Builder checks(Map<String, ? extends MachineCheck> values) {
            this.checks.clear();
            if (values != null) {
                this.checks.putAll(values);
            }
            return this;
        }

        /**
         * Adds or replaces one entry of {@code checks}.
         *
         * @param key the key
         * @param value the value
         * @return this
         */
        public Builder putCheck(String key, MachineCheck value) {
            this.checks.put(key, value);
            return this;
        }

        /**
         * Sets {@code mounts}, replacing earlier values.
         *
         * @param values volume mounts
         * @return this
         */
        public Builder mounts(List<? extends Mount> values) {
            this.mounts.clear();
            if (values != null) {
                this.mounts.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code mounts}, replacing earlier values.
         *
         * @param values volume mounts
         * @return this
         */
        public Builder mounts(Mount... values) {
            return mounts(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code mounts}.
         *
         * @param value the element
         * @return this
         */
        public Builder addMount(Mount value) {
            this.mounts.add(value);
            return this;
        }

        /**
         * Sets {@code restart}.
         *
         * @param value the restart policy
         * @return this
         */
        public Builder restart(RestartConfig value) {
            this.restart = value;
            return this;
        }

        /**
         * Sets {@code auto_destroy}.
         *
         * @param value whether the machine destroys itself when its main process exits
         * @return this
         */
        public Builder autoDestroy(Boolean value) {
            this.autoDestroy = value;
            return this;
        }

        /**
         * Sets {@code metadata}, replacing earlier entries.
         *
         * @param values metadata (keys starting with {@code fly_} are reserved by the platform)
         * @return this
         */
        public Builder metadata(Map<String, ? extends String> values) {
            this.metadata.clear();
            if (values != null) {
                this.metadata.putAll(values);
            }
            return this;
        }

        /**
         * Adds or replaces one entry of {@code metadata}.
         *
         * @param key the key
         * @param value the value
         * @return this
         */
        public Builder putMetadata(String key, String value) {
            this.metadata.put(key, value);
            return this;
        }

        /**
         * Sets {@code processes}, replacing earlier values.
         *
         * @param values processes
         * @return this
         */
        public Builder processes(List<? extends ProcessConfig> values) {
            this.processes.clear();
            if (values != null) {
                this.processes.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code processes}, replacing earlier values.
         *
         * @param values processes
         * @return this
         */
        public Builder processes(ProcessConfig... values) {
            return processes(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code processes}.
         *
         * @param value the element
         * @return this
         */
        public Builder addProcess(ProcessConfig value) {
            this.processes.add(value);
            return this;
        }

        /**
         * Sets {@code files}, replacing earlier values.
         *
         * @param values files written before start
         * @return this
         */
        public Builder files(List<? extends MachineFile> values) {
            this.files.clear();
            if (values != null) {
                this.files.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code files}, replacing earlier values.
         *
         * @param values files written before start
         * @return this
         */
        public Builder files(MachineFile... values) {
            return files(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code files}.
         *
         * @param value the element
         * @return this
         */
        public Builder addFile(MachineFile value) {
            this.files.add(value);
            return this;
        }

        /**
         * Sets {@code dns}.
         *
         * @param value dNS settings
         * @return this
         */
        public Builder dns(DnsConfig value) {
            this.dns = value;
            return this;
        }

        /**
         * Sets {@code stop_config}.
         *
         * @param value stop signal and timeout
         * @return this
         */
        public Builder stopConfig(StopConfig value) {
            this.stopConfig = value;
            return this;
        }

        /**
         * Sets {@code schedule}.
         *
         * @param value {@code hourly}, {@code daily}, {@code weekly} or {@code monthly}
         * @return this
         */
        public Builder schedule(String value) {
            this.schedule = value;
            return this;
        }

        /**
         * Sets {@code standbys}, replacing earlier values.
         *
         * @param values ids of machines this one stands by for
         * @return this
         */
        public Builder standbys(List<? extends String> values) {
            this.standbys.clear();
            if (values != null) {
                this.standbys.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code standbys}, replacing earlier values.
         *
         * @param values ids of machines this one stands by for
         * @return this
         */
        public Builder standbys(String... values) {
            return standbys(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code standbys}.
         *
         * @param value the element
         * @return this
         */
        public Builder addStandby(String value) {
            this.standbys.add(value);
            return this;
        }

        /**
         * Sets {@code statics}, replacing earlier values.
         *
         * @param values static file mappings
         * @return this
         */
        public Builder statics(List<? extends StaticConfig> values) {
            this.statics.clear();
            if (values != null) {
                this.statics.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code statics}, replacing earlier values.
         *
         * @param values static file mappings
         * @return this
         */
        public Builder statics(StaticConfig... values) {
            return statics(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code statics}.
         *
         * @param value the element
         * @return this
         */
        public Builder addStatic(StaticConfig value) {
            this.statics.add(value);
            return this;
        }

        /**
         * Sets {@code metrics}.
         *
         * @param value metrics endpoint
         * @return this
         */
        public Builder metrics(MetricsConfig value) {
            this.metrics = value;
            return this;
        }

        /**
         * Sets {@code containers}, replacing earlier values.
         *
         * @param values containers
         * @return this
         */
        public Builder containers(List<? extends ContainerConfig> values) {
            this.containers.clear();
            if (values != null) {
                this.containers.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code containers}, replacing earlier values.
         *
         * @param values containers
         * @return this
         */
        public Builder containers(ContainerConfig... values) {
            return containers(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code containers}.
         *
         * @param value the element
         * @return this
         */
        public Builder addContainer(ContainerConfig value) {
            this.containers.add(value);
            return this;
        }

        /**
         * Sets {@code volumes}, replacing earlier values.
         *
         * @param values volumes shared by containers
         * @return this
         */
        public Builder volumes(List<? extends ContainerVolume> values) {
            this.volumes.clear();
            if (values != null) {
                this.volumes.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code volumes}, replacing earlier values.
         *
         * @param values volumes shared by containers
         * @return this
         */
        public Builder volumes(ContainerVolume... values) {
            return volumes(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code volumes}.
         *
         * @param value the element
         * @return this
         */
        public Builder addVolume(ContainerVolume value) {
            this.volumes.add(value);
            return this;
        }

        /**
         * Sets {@code rootfs}.
         *
         * @param value root filesystem settings
         * @return this
         */
        public Builder rootfs(RootfsConfig value) {
            this.rootfs = value;
            return this;
        }

        /**
         * Sets {@code cache_drive}.
         *
         * @param value a local cache drive
         * @return this
         */
        public Builder cacheDrive(CacheDrive value) {
            this.cacheDrive = value;
            return this;
        }

        /**
         * Sets {@code spot}.
         *
         * @param value spot placement
         * @return this
         */
        public Builder spot(SpotConfig value) {
            this.spot = value;
            return this;
        }

        /**
         * Sets {@code size}.
         *
         * @param value deprecated: use {@link #guest()}
         * @return this
         */
        public Builder size(String value) {
            this.size = value;
            return this;
        }

        /**
         * Sets {@code disable_machine_autostart}.
         *
         * @param value deprecated: use {@link MachineService#autostart()}
         * @return this
         */
        public Builder disableMachineAutostart(Boolean value) {
            this.disableMachineAutostart = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link MachineConfig}
         */
        public MachineConfig build() {
            return new MachineConfig(image, env, init, guest, services, checks, mounts, restart, autoDestroy, metadata, processes, files, dns, stopConfig, schedule, standbys, statics, metrics, containers, volumes, rootfs, cacheDrive, spot, size, disableMachineAutostart, extra);
        }
    }
}
