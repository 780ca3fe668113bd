package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A volume mounted into a container.
 *
 * @param name the volume name (JSON {@code name})
 * @param path the mount path (JSON {@code path})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerMount(
        @JsonProperty("name") String name,
        @JsonProperty("path") String path,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the volume name (JSON {@code name})
     * @param path the mount path (JSON {@code path})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ContainerMount {
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
    public ContainerMount withName(String value) {
        return new ContainerMount(value, path, extra);
    }

    /**
     * Returns a copy with {@code path} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerMount withPath(String value) {
        return new ContainerMount(name, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ContainerMount")
                .add("name", name)
                .add("path", path)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ContainerMount}. */
    public static final class Builder {
        private String name;
        private String path;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ContainerMount r) {
            this.name = r.name;
            this.path = r.path;
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the volume name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code path}.
         *
         * @param value the mount path
         * @return this
         */
        public Builder path(String value) {
            this.path = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ContainerMount}
         */
        public ContainerMount build() {
            return new ContainerMount(name, path, extra);
        }
    }
}
