package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * Concurrency limits of a service, used for load balancing and autostart.
 *
 * @param type what is counted: {@code connections} (default) or {@code requests} (JSON {@code
 *        type})
 * @param hardLimit the limit above which no more load is sent (JSON {@code hard_limit})
 * @param softLimit the limit above which other machines are preferred (JSON {@code soft_limit})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceConcurrency(
        @JsonProperty("type") ConcurrencyType type,
        @JsonProperty("hard_limit") Integer hardLimit,
        @JsonProperty("soft_limit") Integer softLimit,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param type what is counted: {@code connections} (default) or {@code requests} (JSON {@code
     *        type})
     * @param hardLimit the limit above which no more load is sent (JSON {@code hard_limit})
     * @param softLimit the limit above which other machines are preferred (JSON {@code soft_limit})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ServiceConcurrency {
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
     * Returns a copy with {@code type} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceConcurrency withType(ConcurrencyType value) {
        return new ServiceConcurrency(value, hardLimit, softLimit, extra);
    }

    /**
     * Returns a copy with {@code hard_limit} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceConcurrency withHardLimit(Integer value) {
        return new ServiceConcurrency(type, value, softLimit, extra);
    }

    /**
     * Returns a copy with {@code soft_limit} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceConcurrency withSoftLimit(Integer value) {
        return new ServiceConcurrency(type, hardLimit, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ServiceConcurrency")
                .add("type", type)
                .add("hardLimit", hardLimit)
                .add("softLimit", softLimit)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ServiceConcurrency}. */
    public static final class Builder {
        private ConcurrencyType type;
        private Integer hardLimit;
        private Integer softLimit;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ServiceConcurrency r) {
            this.type = r.type;
            this.hardLimit = r.hardLimit;
            this.softLimit = r.softLimit;
            this.extra = r.extra;
        }

        /**
         * Sets {@code type}.
         *
         * @param value what is counted: {@code connections} (default) or {@code requests}
         * @return this
         */
        public Builder type(ConcurrencyType value) {
            this.type = value;
            return this;
        }

        /**
         * Sets {@code hard_limit}.
         *
         * @param value the limit above which no more load is sent
         * @return this
         */
        public Builder hardLimit(Integer value) {
            this.hardLimit = value;
            return this;
        }

        /**
         * Sets {@code soft_limit}.
         *
         * @param value the limit above which other machines are preferred
         * @return this
         */
        public Builder softLimit(Integer value) {
            this.softLimit = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ServiceConcurrency}
         */
        public ServiceConcurrency build() {
            return new ServiceConcurrency(type, hardLimit, softLimit, extra);
        }
    }
}
