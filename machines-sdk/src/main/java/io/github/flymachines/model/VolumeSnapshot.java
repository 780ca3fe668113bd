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
 * A snapshot of a volume.
 *
 * @param id the snapshot id (JSON {@code id})
 * @param size the snapshot size in bytes (JSON {@code size})
 * @param volumeSize the volume size in bytes (JSON {@code volume_size})
 * @param digest the content digest (JSON {@code digest})
 * @param createdAt creation time (JSON {@code created_at})
 * @param status e.g. {@code created} (JSON {@code status})
 * @param retentionDays days it is kept (JSON {@code retention_days})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.VolumeSnapshotReader.class)
public record VolumeSnapshot(
        @JsonProperty("id") String id,
        @JsonProperty("size") Long size,
        @JsonProperty("volume_size") Long volumeSize,
        @JsonProperty("digest") String digest,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonProperty("status") String status,
        @JsonProperty("retention_days") Integer retentionDays,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements VolumeSnapshotBuilder.With {

    /** {@return an empty builder} */
    public static VolumeSnapshotBuilder builder() {
        return new VolumeSnapshotBuilder();
    }

    @Override
    public String toString() {
        return VolumeSnapshotBuilder.render(this);
    }
}
