package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The part of a Machine's config an organization list shows.
 *
 * @param image the image (JSON {@code image})
 * @param guest the size (JSON {@code guest})
 * @param metadata the metadata (JSON {@code metadata})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.OrgMachineConfigReader.class)
public record OrgMachineConfig(
        @JsonProperty("image") String image,
        @JsonProperty("guest") Guest guest,
        @JsonProperty("metadata") Map<String, String> metadata,
        @JsonAnyGetter Map<String, JsonNode> extra) implements OrgMachineConfigBuilder.With {

    /** {@return an empty builder} */
    public static OrgMachineConfigBuilder builder() {
        return new OrgMachineConfigBuilder();
    }

    @Override
    public String toString() {
        return OrgMachineConfigBuilder.render(this);
    }
}
