package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A local cache drive.
 *
 * @param sizeMb the size in MB (JSON {@code size_mb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CacheDrive(
        @JsonProperty("size_mb") Integer sizeMb,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param sizeMb the size in MB (JSON {@code size_mb})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public CacheDrive {
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
     * Returns a copy with {@code size_mb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CacheDrive withSizeMb(Integer value) {
        return new CacheDrive(value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CacheDrive")
                .add("sizeMb", sizeMb)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link CacheDrive}. */
    public static final class Builder {
        private Integer sizeMb;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(CacheDrive r) {
            this.sizeMb = r.sizeMb;
            this.extra = r.extra;
        }

        /**
         * Sets {@code size_mb}.
         *
         * @param value the size in MB
         * @return this
         */
        public Builder sizeMb(Integer value) {
            this.sizeMb = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link CacheDrive}
         */
        public CacheDrive build() {
            return new CacheDrive(sizeMb, extra);
        }
    }
}
