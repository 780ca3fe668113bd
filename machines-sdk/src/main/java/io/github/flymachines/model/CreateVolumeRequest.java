package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
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
    public CreateVolumeRequest {
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

    /** Builds a {@link CreateVolumeRequest}. */
    public static final class Builder {
        private String name;
        private String region;
        private Integer sizeGb;
        private Boolean encrypted;
        private String fstype;
        private Boolean requireUniqueZone;
        private Boolean uniqueZoneAppWide;
        private String snapshotId;
        private String sourceVolumeId;
        private Integer snapshotRetention;
        private Boolean autoBackupEnabled;
        private Guest compute;
        private String computeImage;

        private Builder() {
        }

        /**
         * Sets {@code name}: the name (lowercase letters, digits and underscores, at most 30).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code region}: the region.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets {@code size_gb}: the size in GB.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder sizeGb(Integer value) {
            this.sizeGb = value;
            return this;
        }

        /**
         * Sets {@code encrypted}: encrypt at rest (default true).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder encrypted(Boolean value) {
            this.encrypted = value;
            return this;
        }

        /**
         * Sets {@code fstype}: {@code ext4} (default) or {@code raw}.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder fstype(String value) {
            this.fstype = value;
            return this;
        }

        /**
         * Sets {@code require_unique_zone}: place on a host no other volume of this name uses (default true).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder requireUniqueZone(Boolean value) {
            this.requireUniqueZone = value;
            return this;
        }

        /**
         * Sets {@code unique_zone_app_wide}: apply the unique-zone rule across all the app's volumes.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder uniqueZoneAppWide(Boolean value) {
            this.uniqueZoneAppWide = value;
            return this;
        }

        /**
         * Sets {@code snapshot_id}: restore from this snapshot.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder snapshotId(String value) {
            this.snapshotId = value;
            return this;
        }

        /**
         * Sets {@code source_volume_id}: fork this volume.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder sourceVolumeId(String value) {
            this.sourceVolumeId = value;
            return this;
        }

        /**
         * Sets {@code snapshot_retention}: days to keep snapshots, 1 to 60 (default 5).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder snapshotRetention(Integer value) {
            this.snapshotRetention = value;
            return this;
        }

        /**
         * Sets {@code auto_backup_enabled}: take daily snapshots (default true).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder autoBackupEnabled(Boolean value) {
            this.autoBackupEnabled = value;
            return this;
        }

        /**
         * Sets {@code compute}: the size of the Machine that will mount it (placement hint).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder compute(Guest value) {
            this.compute = value;
            return this;
        }

        /**
         * Sets {@code compute_image}: the image of the Machine that will mount it (placement hint).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder computeImage(String value) {
            this.computeImage = value;
            return this;
        }

        /** @return the request */
        public CreateVolumeRequest build() {
            return new CreateVolumeRequest(name, region, sizeGb, encrypted, fstype, requireUniqueZone, uniqueZoneAppWide, snapshotId, sourceVolumeId, snapshotRetention, autoBackupEnabled, compute, computeImage, null);
        }
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CreateVolumeRequest")
                .add("name", name)
                .add("region", region)
                .add("sizeGb", sizeGb)
                .add("encrypted", encrypted)
                .add("fstype", fstype)
                .add("requireUniqueZone", requireUniqueZone)
                .add("uniqueZoneAppWide", uniqueZoneAppWide)
                .add("snapshotId", snapshotId)
                .add("sourceVolumeId", sourceVolumeId)
                .add("snapshotRetention", snapshotRetention)
                .add("autoBackupEnabled", autoBackupEnabled)
                .add("compute", compute)
                .add("computeImage", computeImage)
                .extra(extra)
                .toString();
    }
}
