package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A local cache drive.
 *
 * @param sizeMb the size in MB (JSON {@code size_mb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CacheDriveReader.class)
public record CacheDrive(
        @JsonProperty("size_mb") Integer sizeMb,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CacheDriveBuilder.With {

    /** {@return an empty builder} */
    public static CacheDriveBuilder builder() {
        return new CacheDriveBuilder();
    }

    @Override
    public String toString() {
        return CacheDriveBuilder.render(this);
    }
}
