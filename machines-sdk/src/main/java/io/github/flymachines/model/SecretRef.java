package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * An app secret exposed to a process as an environment variable.
 *
 * @param envVar the environment variable name (JSON {@code env_var})
 * @param name the secret name (JSON {@code name})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.SecretRefReader.class)
public record SecretRef(
        @JsonProperty("env_var") String envVar,
        @JsonProperty("name") String name,
        @JsonAnyGetter Map<String, JsonNode> extra) implements SecretRefBuilder.With {

    /** {@return an empty builder} */
    public static SecretRefBuilder builder() {
        return new SecretRefBuilder();
    }

    @Override
    public String toString() {
        return SecretRefBuilder.render(this);
    }
}
