package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A temporary directory volume of a container.
 *
 * @param storageType {@code disk} or {@code memory} (JSON {@code storage_type})
 * @param sizeMb the size in MB (JSON {@code size_mb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.TempDirReader.class)
public record TempDir(
        @JsonProperty("storage_type") String storageType,
        @JsonProperty("size_mb") Integer sizeMb,
        @JsonAnyGetter Map<String, JsonNode> extra) implements TempDirBuilder.With {

    /** {@return an empty builder} */
    public static TempDirBuilder builder() {
        return new TempDirBuilder();
    }

    @Override
    public String toString() {
        return TempDirBuilder.render(this);
    }
}
