package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The settings of a volume that can change after creation.
 *
 * @param snapshotRetention days to keep snapshots, 1 to 60 (JSON {@code snapshot_retention})
 * @param autoBackupEnabled take daily snapshots (JSON {@code auto_backup_enabled})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.UpdateVolumeRequestReader.class)
public record UpdateVolumeRequest(
        @JsonProperty("snapshot_retention") Integer snapshotRetention,
        @JsonProperty("auto_backup_enabled") Boolean autoBackupEnabled,
        @JsonAnyGetter Map<String, JsonNode> extra) implements UpdateVolumeRequestBuilder.With {

    /** {@return an empty builder} */
    public static UpdateVolumeRequestBuilder builder() {
        return new UpdateVolumeRequestBuilder();
    }

    /**
     * Makes a request.
     *
     * @param snapshotRetention days to keep snapshots (1 to 60), or null to keep
     * @param autoBackupEnabled whether to take daily snapshots, or null to keep
     * @return the request
     */
    public static UpdateVolumeRequest of(Integer snapshotRetention, Boolean autoBackupEnabled) {
        return builder().snapshotRetention(snapshotRetention).autoBackupEnabled(autoBackupEnabled).build();
    }

    @Override
    public String toString() {
        return UpdateVolumeRequestBuilder.render(this);
    }
}
