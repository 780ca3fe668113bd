package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The organization an app belongs to.
 *
 * @param name the display name (JSON {@code name})
 * @param slug the slug, used in API paths (JSON {@code slug})
 * @param internalNumericId the internal id (JSON {@code internal_numeric_id})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.OrganizationReader.class)
public record Organization(
        @JsonProperty("name") String name,
        @JsonProperty("slug") String slug,
        @JsonProperty("internal_numeric_id") Long internalNumericId,
        @JsonAnyGetter Map<String, JsonNode> extra) implements OrganizationBuilder.With {

    /** {@return an empty builder} */
    public static OrganizationBuilder builder() {
        return new OrganizationBuilder();
    }

    @Override
    public String toString() {
        return OrganizationBuilder.render(this);
    }
}
