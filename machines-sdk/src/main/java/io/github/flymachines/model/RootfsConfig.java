package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The root filesystem of a Machine: whether it persists, and its size.
 *
 * @param persist {@code never} (a blank root filesystem on every start), {@code always} or {@code
 *        restart} (JSON {@code persist})
 * @param sizeGb the size in GB (JSON {@code size_gb})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RootfsConfig(
        @JsonProperty("persist") RootfsPersist persist,
        @JsonProperty("size_gb") Integer sizeGb,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param persist {@code never} (a blank root filesystem on every start), {@code always} or {@code
     *        restart} (JSON {@code persist})
     * @param sizeGb the size in GB (JSON {@code size_gb})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public RootfsConfig {
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
     * Returns a copy with {@code persist} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public RootfsConfig withPersist(RootfsPersist value) {
        return new RootfsConfig(value, sizeGb, extra);
    }

    /**
     * Returns a copy with {@code size_gb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public RootfsConfig withSizeGb(Integer value) {
        return new RootfsConfig(persist, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("RootfsConfig")
                .add("persist", persist)
                .add("sizeGb", sizeGb)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link RootfsConfig}. */
    public static final class Builder {
        private RootfsPersist persist;
        private Integer sizeGb;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(RootfsConfig r) {
            this.persist = r.persist;
            this.sizeGb = r.sizeGb;
            this.extra = r.extra;
        }

        /**
         * Sets {@code persist}.
         *
         * @param value {@code never} (a blank root filesystem on every start), {@code always} or {@code restart}
         * @return this
         */
        public Builder persist(RootfsPersist value) {
            this.persist = value;
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
         * Builds the record.
         *
         * @return a new {@link RootfsConfig}
         */
        public RootfsConfig build() {
            return new RootfsConfig(persist, sizeGb, extra);
        }
    }
}
