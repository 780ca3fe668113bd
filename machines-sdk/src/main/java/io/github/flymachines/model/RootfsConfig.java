package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The root filesystem of a Machine: whether it persists, and its size.
 *
 * @param persist {@code never} (a blank root filesystem on every start), {@code always} or {@code
 *        restart} (JSON {@code persist})
 * @param sizeGb the size in GB (JSON {@code size_gb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.RootfsConfigReader.class)
public record RootfsConfig(
        @JsonProperty("persist") RootfsPersist persist,
        @JsonProperty("size_gb") Integer sizeGb,
        @JsonAnyGetter Map<String, JsonNode> extra) implements RootfsConfigBuilder.With {

    /** {@return an empty builder} */
    public static RootfsConfigBuilder builder() {
        return new RootfsConfigBuilder();
    }

    @Override
    public String toString() {
        return RootfsConfigBuilder.render(this);
    }
}
