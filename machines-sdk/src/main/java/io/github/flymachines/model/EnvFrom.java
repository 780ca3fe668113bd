package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * An environment variable filled from a field of the Machine.
 *
 * @param envVar the environment variable name (JSON {@code env_var})
 * @param fieldRef the machine field: {@code id}, {@code version}, {@code app_name}, {@code
 *        private_ip}, {@code region} or {@code image} (JSON {@code field_ref})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.EnvFromReader.class)
public record EnvFrom(
        @JsonProperty("env_var") String envVar,
        @JsonProperty("field_ref") String fieldRef,
        @JsonAnyGetter Map<String, JsonNode> extra) implements EnvFromBuilder.With {

    /** {@return an empty builder} */
    public static EnvFromBuilder builder() {
        return new EnvFromBuilder();
    }

    @Override
    public String toString() {
        return EnvFromBuilder.render(this);
    }
}
