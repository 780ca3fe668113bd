package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A resolver option for /etc/resolv.conf.
 *
 * @param name the option name (JSON {@code name})
 * @param value the value (JSON {@code value})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DnsOption(
        @JsonProperty("name") String name,
        @JsonProperty("value") String value,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the option name (JSON {@code name})
     * @param value the value (JSON {@code value})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public DnsOption {
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
    public DnsOption withName(String value) {
        return new DnsOption(value, value, extra);
    }

    /**
     * Returns a copy with {@code value} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsOption withValue(String value) {
        return new DnsOption(name, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("DnsOption")
                .add("name", name)
                .add("value", value)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link DnsOption}. */
    public static final class Builder {
        private String name;
        private String value;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(DnsOption r) {
            this.name = r.name;
            this.value = r.value;
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the option name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code value}.
         *
         * @param value the value
         * @return this
         */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link DnsOption}
         */
        public DnsOption build() {
            return new DnsOption(name, value, extra);
        }
    }
}
