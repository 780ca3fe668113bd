package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * An app secret exposed to a process as an environment variable.
 *
 * @param envVar the environment variable name (JSON {@code env_var})
 * @param name the secret name (JSON {@code name})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SecretRef(
        @JsonProperty("env_var") String envVar,
        @JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param envVar the environment variable name (JSON {@code env_var})
     * @param name the secret name (JSON {@code name})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public SecretRef {
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

    /**
     * Returns a builder holding this record's values, unknown fields included.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns a copy with {@code env_var} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public SecretRef withEnvVar(String value) {
        return new SecretRef(value, name, extra);
    }

    /**
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public SecretRef withName(String value) {
        return new SecretRef(envVar, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("SecretRef")
                .add("envVar", envVar)
                .add("name", name)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link SecretRef}. */
    public static final class Builder {
        private String envVar;
        private String name;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(SecretRef r) {
            this.envVar = r.envVar;
            this.name = r.name;
            this.extra = r.extra;
        }

        /**
         * Sets {@code env_var}.
         *
         * @param value the environment variable name
         * @return this
         */
        public Builder envVar(String value) {
            this.envVar = value;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the secret name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link SecretRef}
         */
        public SecretRef build() {
            return new SecretRef(envVar, name, extra);
        }
    }
}
