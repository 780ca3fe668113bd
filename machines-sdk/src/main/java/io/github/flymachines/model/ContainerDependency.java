package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A container this container waits for.
 *
 * @param name the other container (JSON {@code name})
 * @param condition {@code exited_successfully}, {@code healthy} or {@code started} (JSON {@code
 *        condition})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerDependency(
        @JsonProperty("name") String name,
        @JsonProperty("condition") String condition,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the other container (JSON {@code name})
     * @param condition {@code exited_successfully}, {@code healthy} or {@code started} (JSON {@code
     *        condition})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ContainerDependency {
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
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerDependency withName(String value) {
        return new ContainerDependency(value, condition, extra);
    }

    /**
     * Returns a copy with {@code condition} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerDependency withCondition(String value) {
        return new ContainerDependency(name, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ContainerDependency")
                .add("name", name)
                .add("condition", condition)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ContainerDependency}. */
    public static final class Builder {
        private String name;
        private String condition;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ContainerDependency r) {
            this.name = r.name;
            this.condition = r.condition;
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the other container
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code condition}.
         *
         * @param value {@code exited_successfully}, {@code healthy} or {@code started}
         * @return this
         */
        public Builder condition(String value) {
            this.condition = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ContainerDependency}
         */
        public ContainerDependency build() {
            return new ContainerDependency(name, condition, extra);
        }
    }
}
