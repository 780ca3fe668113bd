package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A volume shared between the containers of a Machine.
 *
 * @param name the name (JSON {@code name})
 * @param tempDir a temporary directory (JSON {@code temp_dir})
 * @param image an image to mount (JSON {@code image})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerVolume(
        @JsonProperty("name") String name,
        @JsonProperty("temp_dir") TempDir tempDir,
        @JsonProperty("image") String image,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the name (JSON {@code name})
     * @param tempDir a temporary directory (JSON {@code temp_dir})
     * @param image an image to mount (JSON {@code image})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ContainerVolume {
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
    public ContainerVolume withName(String value) {
        return new ContainerVolume(value, tempDir, image, extra);
    }

    /**
     * Returns a copy with {@code temp_dir} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerVolume withTempDir(TempDir value) {
        return new ContainerVolume(name, value, image, extra);
    }

    /**
     * Returns a copy with {@code image} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerVolume withImage(String value) {
        return new ContainerVolume(name, tempDir, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ContainerVolume")
                .add("name", name)
                .add("tempDir", tempDir)
                .add("image", image)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ContainerVolume}. */
    public static final class Builder {
        private String name;
        private TempDir tempDir;
        private String image;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ContainerVolume r) {
            this.name = r.name;
            this.tempDir = r.tempDir;
            this.image = r.image;
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code temp_dir}.
         *
         * @param value a temporary directory
         * @return this
         */
        public Builder tempDir(TempDir value) {
            this.tempDir = value;
            return this;
        }

        /**
         * Sets {@code image}.
         *
         * @param value an image to mount
         * @return this
         */
        public Builder image(String value) {
            this.image = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ContainerVolume}
         */
        public ContainerVolume build() {
            return new ContainerVolume(name, tempDir, image, extra);
        }
    }
}
