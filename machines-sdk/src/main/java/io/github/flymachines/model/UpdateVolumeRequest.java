package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The settings of a volume that can change after creation.
 *
 * @param snapshotRetention days to keep snapshots, 1 to 60 (JSON {@code snapshot_retention})
 * @param autoBackupEnabled take daily snapshots (JSON {@code auto_backup_enabled})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UpdateVolumeRequest(
        @JsonProperty("snapshot_retention") Integer snapshotRetention,
        @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param snapshotRetention days to keep snapshots, 1 to 60 (JSON {@code snapshot_retention})
     * @param autoBackupEnabled take daily snapshots (JSON {@code auto_backup_enabled})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public UpdateVolumeRequest {
        extra = Models.extra(extra);
    }

    /**
     * Makes a request.
     *
     * @param snapshotRetention days to keep snapshots (1 to 60), or null to keep
     * @param autoBackupEnabled whether to take daily snapshots, or null to keep
     * @return the request
     */
    public static UpdateVolumeRequest of(Integer snapshotRetention, Boolean autoBackupEnabled) {
        return new UpdateVolumeRequest(snapshotRetention, autoBackupEnabled, null);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("UpdateVolumeRequest")
                .add("snapshotRetention", snapshotRetention)
                .add("autoBackupEnabled", autoBackupEnabled)
                .extra(extra)
                .toString();
    }
}
