package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.Map;

/**
 * A volume: persistent storage pinned to one host, mounted by at most one Machine.
 *
 * @param id the volume id ({@code vol_...}) (JSON {@code id})
 * @param name the name (JSON {@code name})
 * @param state the state (JSON {@code state})
 * @param sizeGb the size in GB (JSON {@code size_gb})
 * @param region the region (JSON {@code region})
 * @param zone the zone (host group) in the region (JSON {@code zone})
 * @param encrypted whether encrypted at rest (JSON {@code encrypted})
 * @param attachedMachineId the machine using it (JSON {@code attached_machine_id})
 * @param attachedAllocId the allocation using it (JSON {@code attached_alloc_id})
 * @param createdAt creation time, RFC 3339 (JSON {@code created_at})
 * @param updatedAt last change, RFC 3339 (organization lists) (JSON {@code updated_at})
 * @param appName the app (organization lists) (JSON {@code app_name})
 * @param hostDedicationId the dedicated host group (JSON {@code host_dedication_id})
 * @param snapshotRetention days snapshots are kept (JSON {@code snapshot_retention})
 * @param autoBackupEnabled whether daily snapshots are taken (JSON {@code auto_backup_enabled})
 * @param hostStatus whether its host is reachable (JSON {@code host_status})
 * @param fstype the file system, {@code ext4} or {@code raw} (JSON {@code fstype})
 * @param type {@code local} or {@code cache} (JSON {@code type})
 * @param blockSize the block size (JSON {@code block_size})
 * @param blocks the number of blocks (JSON {@code blocks})
 * @param blocksFree free blocks (JSON {@code blocks_free})
 * @param blocksAvail blocks available to unprivileged users (JSON {@code blocks_avail})
 * @param bytesTotal capacity in bytes (JSON {@code bytes_total})
 * @param bytesUsed bytes used (JSON {@code bytes_used})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.VolumeReader.class)
public record Volume(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("state") VolumeState state,
        @JsonProperty("size_gb") Integer sizeGb,
        @JsonProperty("region") String region,
        @JsonProperty("zone") String zone,
        @JsonProperty("encrypted") Boolean encrypted,
        @JsonProperty("attached_machine_id") String attachedMachineId,
        @JsonProperty("attached_alloc_id") String attachedAllocId,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("updated_at") @TimeJson Instant updatedAt,
        @JsonProperty("app_name") String appName,
        @JsonProperty("host_dedication_id") String hostDedicationId,
        @JsonProperty("snapshot_retention") Integer snapshotRetention,
        @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
        @JsonProperty("host_status") HostStatus hostStatus,
        @JsonProperty("fstype") String fstype,
        @JsonProperty("type") String type,
        @JsonProperty("block_size") Long blockSize,
        @JsonProperty("blocks") Long blocks,
        @JsonProperty("blocks_free") Long blocksFree,
        @JsonProperty("blocks_avail") Long blocksAvail,
        @JsonProperty("bytes_total") Long bytesTotal,
        @JsonProperty("bytes_used") Long bytesUsed,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements VolumeBuilder.With {

    /** {@return an empty builder} */
    public static VolumeBuilder builder() {
        return new VolumeBuilder();
    }

    @Override
    public String toString() {
        return VolumeBuilder.render(this);
    }
}
