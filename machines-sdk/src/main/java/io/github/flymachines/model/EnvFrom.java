package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record EnvFrom(
        @JsonProperty("env_var") String envVar,
        @JsonProperty("field_ref") String fieldRef,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param envVar the environment variable name (JSON {@code env_var})
     * @param fieldRef the machine field: {@code id}, {@code version}, {@code app_name}, {@code
     *        private_ip}, {@code region} or {@code image} (JSON {@code field_ref})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public EnvFrom {
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
    public EnvFrom withEnvVar(String value) {
        return new EnvFrom(value, fieldRef, extra);
    }

    /**
     * Returns a copy with {@code field_ref} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public EnvFrom withFieldRef(String value) {
        return new EnvFrom(envVar, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("EnvFrom")
                .add("envVar", envVar)
                .add("fieldRef", fieldRef)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link EnvFrom}. */
    public static final class Builder {
        private String envVar;
        private String fieldRef;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(EnvFrom r) {
            this.envVar = r.envVar;
            this.fieldRef = r.fieldRef;
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
         * Sets {@code field_ref}.
         *
         * @param value the machine field: {@code id}, {@code version}, {@code app_name}, {@code private_ip}, {@code region} or {@code image}
         * @return this
         */
        public Builder fieldRef(String value) {
            this.fieldRef = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link EnvFrom}
         */
        public EnvFrom build() {
            return new EnvFrom(envVar, fieldRef, extra);
        }
    }
}
