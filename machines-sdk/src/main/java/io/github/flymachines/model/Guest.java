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
 * The VM size of a Machine: CPU kind and count, memory, GPUs.
 *
 * @param cpuKind {@code shared} or {@code performance} (JSON {@code cpu_kind})
 * @param cpus the number of vCPUs (JSON {@code cpus})
 * @param memoryMb memory in MB (JSON {@code memory_mb})
 * @param maxMemoryMb the memory ceiling for memory ballooning, in MB (JSON {@code max_memory_mb})
 * @param gpus the number of GPUs (JSON {@code gpus})
 * @param gpuKind the GPU model, e.g. {@code a100-pcie-40gb}, {@code l40s} (JSON {@code gpu_kind})
 * @param hostDedicationId the dedicated host group to place on (JSON {@code host_dedication_id})
 * @param kernelArgs extra kernel arguments (JSON {@code kernel_args})
 * @param persistRootfs deprecated: use {@link MachineConfig#rootfs()} (JSON {@code
 *        persist_rootfs})
 * @param requiredHostFeatures host features the machine needs (JSON {@code
 *        required_host_features})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Guest(
        @JsonProperty("cpu_kind") CpuKind cpuKind,
        @JsonProperty("cpus") Integer cpus,
        @JsonProperty("memory_mb") Integer memoryMb,
        @JsonProperty("max_memory_mb") Integer maxMemoryMb,
        @JsonProperty("gpus") Integer gpus,
        @JsonProperty("gpu_kind") String gpuKind,
        @JsonProperty("host_dedication_id") String hostDedicationId,
        @JsonProperty("kernel_args") List<String> kernelArgs,
        @JsonProperty("persist_rootfs") String persistRootfs,
        @JsonProperty("required_host_features") List<String> requiredHostFeatures,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param cpuKind {@code shared} or {@code performance} (JSON {@code cpu_kind})
     * @param cpus the number of vCPUs (JSON {@code cpus})
     * @param memoryMb memory in MB (JSON {@code memory_mb})
     * @param maxMemoryMb the memory ceiling for memory ballooning, in MB (JSON {@code max_memory_mb})
     * @param gpus the number of GPUs (JSON {@code gpus})
     * @param gpuKind the GPU model, e.g. {@code a100-pcie-40gb}, {@code l40s} (JSON {@code gpu_kind})
     * @param hostDedicationId the dedicated host group to place on (JSON {@code host_dedication_id})
     * @param kernelArgs extra kernel arguments (JSON {@code kernel_args})
     * @param persistRootfs deprecated: use {@link MachineConfig#rootfs()} (JSON {@code
     *        persist_rootfs})
     * @param requiredHostFeatures host features the machine needs (JSON {@code
     *        required_host_features})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public Guest {
        kernelArgs = Models.list(kernelArgs);
        requiredHostFeatures = Models.list(requiredHostFeatures);
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
     * Returns a copy with {@code cpu_kind} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withCpuKind(CpuKind value) {
        return new Guest(value, cpus, memoryMb, maxMemoryMb, gpus, gpuKind, hostDedicationId, kernelArgs, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code cpus} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withCpus(Integer value) {
        return new Guest(cpuKind, value, memoryMb, maxMemoryMb, gpus, gpuKind, hostDedicationId, kernelArgs, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code memory_mb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withMemoryMb(Integer value) {
        return new Guest(cpuKind, cpus, value, maxMemoryMb, gpus, gpuKind, hostDedicationId, kernelArgs, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code max_memory_mb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withMaxMemoryMb(Integer value) {
        return new Guest(cpuKind, cpus, memoryMb, value, gpus, gpuKind, hostDedicationId, kernelArgs, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code gpus} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withGpus(Integer value) {
        return new Guest(cpuKind, cpus, memoryMb, maxMemoryMb, value, gpuKind, hostDedicationId, kernelArgs, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code gpu_kind} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withGpuKind(String value) {
        return new Guest(cpuKind, cpus, memoryMb, maxMemoryMb, gpus, value, hostDedicationId, kernelArgs, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code host_dedication_id} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withHostDedicationId(String value) {
        return new Guest(cpuKind, cpus, memoryMb, maxMemoryMb, gpus, gpuKind, value, kernelArgs, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code kernel_args} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withKernelArgs(List<String> value) {
        return new Guest(cpuKind, cpus, memoryMb, maxMemoryMb, gpus, gpuKind, hostDedicationId, value, persistRootfs, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code persist_rootfs} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withPersistRootfs(String value) {
        return new Guest(cpuKind, cpus, memoryMb, maxMemoryMb, gpus, gpuKind, hostDedicationId, kernelArgs, value, requiredHostFeatures, extra);
    }

    /**
     * Returns a copy with {@code required_host_features} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Guest withRequiredHostFeatures(List<String> value) {
        return new Guest(cpuKind, cpus, memoryMb, maxMemoryMb, gpus, gpuKind, hostDedicationId, kernelArgs, persistRootfs, value, extra);
    }

    /**
     * A shared-CPU guest.
     *
     * @param cpus the vCPU count (1, 2, 4, 6 or 8)
     * @param memoryMb memory in MB (256 MB steps, 256 to 2048 MB per CPU)
     * @return the guest
     */
    public static Guest shared(int cpus, int memoryMb) {
        return builder().cpuKind(CpuKind.SHARED).cpus(cpus).memoryMb(memoryMb).build();
    }

    /**
     * A performance-CPU guest.
     *
     * @param cpus the vCPU count
     * @param memoryMb memory in MB (1024 MB steps, 2048 to 8192 MB per CPU)
     * @return the guest
     */
    public static Guest performance(int cpus, int memoryMb) {
        return builder().cpuKind(CpuKind.PERFORMANCE).cpus(cpus).memoryMb(memoryMb).build();
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("Guest")
                .add("cpuKind", cpuKind)
                .add("cpus", cpus)
                .add("memoryMb", memoryMb)
                .add("maxMemoryMb", maxMemoryMb)
                .add("gpus", gpus)
                .add("gpuKind", gpuKind)
                .add("hostDedicationId", hostDedicationId)
                .add("kernelArgs", kernelArgs)
                .add("persistRootfs", persistRootfs)
                .add("requiredHostFeatures", requiredHostFeatures)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link Guest}. */
    public static final class Builder {
        private CpuKind cpuKind;
        private Integer cpus;
        private Integer memoryMb;
        private Integer maxMemoryMb;
        private Integer gpus;
        private String gpuKind;
        private String hostDedicationId;
        private final List<String> kernelArgs = new ArrayList<>();
        private String persistRootfs;
        private final List<String> requiredHostFeatures = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(Guest r) {
            this.cpuKind = r.cpuKind;
            this.cpus = r.cpus;
            this.memoryMb = r.memoryMb;
            this.maxMemoryMb = r.maxMemoryMb;
            this.gpus = r.gpus;
            this.gpuKind = r.gpuKind;
            this.hostDedicationId = r.hostDedicationId;
            this.kernelArgs.addAll(r.kernelArgs);
            this.persistRootfs = r.persistRootfs;
            this.requiredHostFeatures.addAll(r.requiredHostFeatures);
            this.extra = r.extra;
        }

        /**
         * Sets {@code cpu_kind}.
         *
         * @param value {@code shared} or {@code performance}
         * @return this
         */
        public Builder cpuKind(CpuKind value) {
            this.cpuKind = value;
            return this;
        }

        /**
         * Sets {@code cpus}.
         *
         * @param value the number of vCPUs
         * @return this
         */
        public Builder cpus(Integer value) {
            this.cpus = value;
            return this;
        }

        /**
         * Sets {@code memory_mb}.
         *
         * @param value memory in MB
         * @return this
         */
        public Builder memoryMb(Integer value) {
            this.memoryMb = value;
            return this;
        }

        /**
         * Sets {@code max_memory_mb}.
         *
         * @param value the memory ceiling for memory ballooning, in MB
         * @return this
         */
        public Builder maxMemoryMb(Integer value) {
            this.maxMemoryMb = value;
            return this;
        }

        /**
         * Sets {@code gpus}.
         *
         * @param value the number of GPUs
         * @return this
         */
        public Builder gpus(Integer value) {
            this.gpus = value;
            return this;
        }

        /**
         * Sets {@code gpu_kind}.
         *
         * @param value the GPU model, e.g. {@code a100-pcie-40gb}, {@code l40s}
         * @return this
         */
        public Builder gpuKind(String value) {
            this.gpuKind = value;
            return this;
        }

        /**
         * Sets {@code host_dedication_id}.
         *
         * @param value the dedicated host group to place on
         * @return this
         */
        public Builder hostDedicationId(String value) {
            this.hostDedicationId = value;
            return this;
        }

        /**
         * Sets {@code kernel_args}, replacing earlier values.
         *
         * @param values extra kernel arguments
         * @return this
         */
        public Builder kernelArgs(List<? extends String> values) {
            this.kernelArgs.clear();
            if (values != null) {
                this.kernelArgs.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code kernel_args}, replacing earlier values.
         *
         * @param values extra kernel arguments
         * @return this
         */
        public Builder kernelArgs(String... values) {
            return kernelArgs(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code kernel_args}.
         *
         * @param value the element
         * @return this
         */
        public Builder addKernelArg(String value) {
            this.kernelArgs.add(value);
            return this;
        }

        /**
         * Sets {@code persist_rootfs}.
         *
         * @param value deprecated: use {@link MachineConfig#rootfs()}
         * @return this
         */
        public Builder persistRootfs(String value) {
            this.persistRootfs = value;
            return this;
        }

        /**
         * Sets {@code required_host_features}, replacing earlier values.
         *
         * @param values host features the machine needs
         * @return this
         */
        public Builder requiredHostFeatures(List<? extends String> values) {
            this.requiredHostFeatures.clear();
            if (values != null) {
                this.requiredHostFeatures.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code required_host_features}, replacing earlier values.
         *
         * @param values host features the machine needs
         * @return this
         */
        public Builder requiredHostFeatures(String... values) {
            return requiredHostFeatures(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code required_host_features}.
         *
         * @param value the element
         * @return this
         */
        public Builder addRequiredHostFeature(String value) {
            this.requiredHostFeatures.add(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link Guest}
         */
        public Guest build() {
            return new Guest(cpuKind, cpus, memoryMb, maxMemoryMb, gpus, gpuKind, hostDedicationId, kernelArgs, persistRootfs, requiredHostFeatures, extra);
        }
    }
}
