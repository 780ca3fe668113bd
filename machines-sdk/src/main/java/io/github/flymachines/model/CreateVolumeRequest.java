package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * What to create a volume with. Build one with {@link #builder()}; the SDK validates it before
 * sending (name, region, size, retention, and at most one of snapshot and source volume).
 *
 * @param name the name (lowercase letters, digits and underscores, at most 30) (JSON {@code name})
 * @param region the region (JSON {@code region})
 * @param sizeGb the size in GB (JSON {@code size_gb})
 * @param encrypted encrypt at rest (default true) (JSON {@code encrypted})
 * @param fstype {@code ext4} (default) or {@code raw} (JSON {@code fstype})
 * @param requireUniqueZone place on a host no other volume of this name uses (default true) (JSON {@code require_unique_zone})
 * @param uniqueZoneAppWide apply the unique-zone rule across all the app's volumes (JSON {@code unique_zone_app_wide})
 * @param snapshotId restore from this snapshot (JSON {@code snapshot_id})
 * @param sourceVolumeId fork this volume (JSON {@code source_volume_id})
 * @param snapshotRetention days to keep snapshots, 1 to 60 (default 5) (JSON {@code snapshot_retention})
 * @param autoBackupEnabled take daily snapshots (default true) (JSON {@code auto_backup_enabled})
 * @param compute the size of the Machine that will mount it (placement hint) (JSON {@code compute})
 * @param computeImage the image of the Machine that will mount it (placement hint) (JSON {@code compute_image})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CreateVolumeRequestReader.class)
public record CreateVolumeRequest(
        @JsonProperty("name") String name,
        @JsonProperty("region") String region,
        @JsonProperty("size_gb") Integer sizeGb,
        @JsonProperty("encrypted") Boolean encrypted,
        @JsonProperty("fstype") String fstype,
        @JsonProperty("require_unique_zone") Boolean requireUniqueZone,
        @JsonProperty("unique_zone_app_wide") Boolean uniqueZoneAppWide,
        @JsonProperty("snapshot_id") String snapshotId,
        @JsonProperty("source_volume_id") String sourceVolumeId,
        @JsonProperty("snapshot_retention") Integer snapshotRetention,
        @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
        @JsonProperty("compute") Guest compute,
        @JsonProperty("compute_image") String computeImage,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CreateVolumeRequestBuilder.With {

    /** {@return an empty builder} */
    public static CreateVolumeRequestBuilder builder() {
        return new CreateVolumeRequestBuilder();
    }

    @Override
    public String toString() {
        return CreateVolumeRequestBuilder.render(this);
    }
}
