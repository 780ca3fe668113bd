package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A volume mounted into a Machine.
 *
 * @param volume the volume id ({@code vol_...}) (JSON {@code volume})
 * @param path the mount path in the guest (JSON {@code path})
 * @param name the volume name (JSON {@code name})
 * @param encrypted whether the volume is encrypted (JSON {@code encrypted})
 * @param sizeGb the size in GB (JSON {@code size_gb})
 * @param extendThresholdPercent usage percentage that triggers auto-extend (JSON {@code
 *        extend_threshold_percent})
 * @param addSizeGb GB added per auto-extend (JSON {@code add_size_gb})
 * @param sizeGbLimit auto-extend ceiling in GB (JSON {@code size_gb_limit})
 * @param addSizePercent percentage added per auto-extend (JSON {@code add_size_percent})
 * @param minAddSizeGb minimum GB added per auto-extend (JSON {@code min_add_size_gb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Mount(
        @JsonProperty("volume") String volume,
        @JsonProperty("path") String path,
        @JsonProperty("name") String name,
        @JsonProperty("encrypted") Boolean encrypted,
        @JsonProperty("size_gb") Integer sizeGb,
        @JsonProperty("extend_threshold_percent") Integer extendThresholdPercent,
        @JsonProperty("add_size_gb") Integer addSizeGb,
        @JsonProperty("size_gb_limit") Integer sizeGbLimit,
        @JsonProperty("add_size_percent") Integer addSizePercent,
        @JsonProperty("min_add_size_gb") Integer minAddSizeGb,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param volume the volume id ({@code vol_...}) (JSON {@code volume})
     * @param path the mount path in the guest (JSON {@code path})
     * @param name the volume name (JSON {@code name})
     * @param encrypted whether the volume is encrypted (JSON {@code encrypted})
     * @param sizeGb the size in GB (JSON {@code size_gb})
     * @param extendThresholdPercent usage percentage that triggers auto-extend (JSON {@code
     *        extend_threshold_percent})
     * @param addSizeGb GB added per auto-extend (JSON {@code add_size_gb})
     * @param sizeGbLimit auto-extend ceiling in GB (JSON {@code size_gb_limit})
     * @param addSizePercent percentage added per auto-extend (JSON {@code add_size_percent})
     * @param minAddSizeGb minimum GB added per auto-extend (JSON {@code min_add_size_gb})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public Mount {
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
     * Returns a copy with {@code volume} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withVolume(String value) {
        return new Mount(value, path, name, encrypted, sizeGb, extendThresholdPercent, addSizeGb, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code path} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withPath(String value) {
        return new Mount(volume, value, name, encrypted, sizeGb, extendThresholdPercent, addSizeGb, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withName(String value) {
        return new Mount(volume, path, value, encrypted, sizeGb, extendThresholdPercent, addSizeGb, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code encrypted} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withEncrypted(Boolean value) {
        return new Mount(volume, path, name, value, sizeGb, extendThresholdPercent, addSizeGb, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code size_gb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withSizeGb(Integer value) {
        return new Mount(volume, path, name, encrypted, value, extendThresholdPercent, addSizeGb, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code extend_threshold_percent} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withExtendThresholdPercent(Integer value) {
        return new Mount(volume, path, name, encrypted, sizeGb, value, addSizeGb, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code add_size_gb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withAddSizeGb(Integer value) {
        return new Mount(volume, path, name, encrypted, sizeGb, extendThresholdPercent, value, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code size_gb_limit} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withSizeGbLimit(Integer value) {
        return new Mount(volume, path, name, encrypted, sizeGb, extendThresholdPercent, addSizeGb, value, addSizePercent, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code add_size_percent} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withAddSizePercent(Integer value) {
        return new Mount(volume, path, name, encrypted, sizeGb, extendThresholdPercent, addSizeGb, sizeGbLimit, value, minAddSizeGb, extra);
    }

    /**
     * Returns a copy with {@code min_add_size_gb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public Mount withMinAddSizeGb(Integer value) {
        return new Mount(volume, path, name, encrypted, sizeGb, extendThresholdPercent, addSizeGb, sizeGbLimit, addSizePercent, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("Mount")
                .add("volume", volume)
                .add("path", path)
                .add("name", name)
                .add("encrypted", encrypted)
                .add("sizeGb", sizeGb)
                .add("extendThresholdPercent", extendThresholdPercent)
                .add("addSizeGb", addSizeGb)
                .add("sizeGbLimit", sizeGbLimit)
                .add("addSizePercent", addSizePercent)
                .add("minAddSizeGb", minAddSizeGb)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link Mount}. */
    public static final class Builder {
        private String volume;
        private String path;
        private String name;
        private Boolean encrypted;
        private Integer sizeGb;
        private Integer extendThresholdPercent;
        private Integer addSizeGb;
        private Integer sizeGbLimit;
        private Integer addSizePercent;
        private Integer minAddSizeGb;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(Mount r) {
            this.volume = r.volume;
            this.path = r.path;
            this.name = r.name;
            this.encrypted = r.encrypted;
            this.sizeGb = r.sizeGb;
            this.extendThresholdPercent = r.extendThresholdPercent;
            this.addSizeGb = r.addSizeGb;
            this.sizeGbLimit = r.sizeGbLimit;
            this.addSizePercent = r.addSizePercent;
            this.minAddSizeGb = r.minAddSizeGb;
            this.extra = r.extra;
        }

        /**
         * Sets {@code volume}.
         *
         * @param value the volume id ({@code vol_...})
         * @return this
         */
        public Builder volume(String value) {
            this.volume = value;
            return this;
        }

        /**
         * Sets {@code path}.
         *
         * @param value the mount path in the guest
         * @return this
         */
        public Builder path(String value) {
            this.path = value;
            return this;
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
         * Sets {@code encrypted}.
         *
         * @param value whether the volume is encrypted
         * @return this
         */
        public Builder encrypted(Boolean value) {
            this.encrypted = value;
            return this;
        }

        /**
         * Sets {@code size_gb}.
         *
         * @param value the size in GB
         * @return this
         */
        public Builder sizeGb(Integer value) {
            this.sizeGb = value;
            return this;
        }

        /**
         * Sets {@code extend_threshold_percent}.
         *
         * @param value usage percentage that triggers auto-extend
         * @return this
         */
        public Builder extendThresholdPercent(Integer value) {
            this.extendThresholdPercent = value;
            return this;
        }

        /**
         * Sets {@code add_size_gb}.
         *
         * @param value gB added per auto-extend
         * @return this
         */
        public Builder addSizeGb(Integer value) {
            this.addSizeGb = value;
            return this;
        }

        /**
         * Sets {@code size_gb_limit}.
         *
         * @param value auto-extend ceiling in GB
         * @return this
         */
        public Builder sizeGbLimit(Integer value) {
            this.sizeGbLimit = value;
            return this;
        }

        /**
         * Sets {@code add_size_percent}.
         *
         * @param value percentage added per auto-extend
         * @return this
         */
        public Builder addSizePercent(Integer value) {
            this.addSizePercent = value;
            return this;
        }

        /**
         * Sets {@code min_add_size_gb}.
         *
         * @param value minimum GB added per auto-extend
         * @return this
         */
        public Builder minAddSizeGb(Integer value) {
            this.minAddSizeGb = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link Mount}
         */
        public Mount build() {
            return new Mount(volume, path, name, encrypted, sizeGb, extendThresholdPercent, addSizeGb, sizeGbLimit, addSizePercent, minAddSizeGb, extra);
        }
    }
}
