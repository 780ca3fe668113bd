package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.GuestReader.class)
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
        @JsonAnyGetter Map<String, JsonNode> extra) implements GuestBuilder.With {

    /** {@return an empty builder} */
    public static GuestBuilder builder() {
        return new GuestBuilder();
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

    @Override
    public String toString() {
        return GuestBuilder.render(this);
    }
}
