package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A volume mounted into a Machine.
 *
 * @param volume the volume id ({@code vol_...}) (JSON {@code volume})
 * @param path the mount path in the guest (JSON {@code path})
 * @param name the volume name (JSON {@code name})
 * @param encrypted whether the volume is encrypted (JSON {@code encrypted})
 * @param sizeGb the size in GB (JSON {@code size_gb})
 * @param extendThresholdPercent usage percentage that triggers auto-extend (JSON {@code
 *        extend_threshold_percent})
 * @param addSizeGb GB added per auto-extend (JSON {@code add_size_gb})
 * @param sizeGbLimit auto-extend ceiling in GB (JSON {@code size_gb_limit})
 * @param addSizePercent percentage added per auto-extend (JSON {@code add_size_percent})
 * @param minAddSizeGb minimum GB added per auto-extend (JSON {@code min_add_size_gb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MountReader.class)
public record Mount(
        @JsonProperty("volume") String volume,
        @JsonProperty("path") String path,
        @JsonProperty("name") String name,
        @JsonProperty("encrypted") Boolean encrypted,
        @JsonProperty("size_gb") Integer sizeGb,
        @JsonProperty("extend_threshold_percent") Integer extendThresholdPercent,
        @JsonProperty("add_size_gb") Integer addSizeGb,
        @JsonProperty("size_gb_limit") Integer sizeGbLimit,
        @JsonProperty("add_size_percent") Integer addSizePercent,
        @JsonProperty("min_add_size_gb") Integer minAddSizeGb,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MountBuilder.With {

    /** {@return an empty builder} */
    public static MountBuilder builder() {
        return new MountBuilder();
    }

    @Override
    public String toString() {
        return MountBuilder.render(this);
    }
}
