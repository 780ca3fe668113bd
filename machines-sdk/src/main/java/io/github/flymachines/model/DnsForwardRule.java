package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A DNS forwarding rule.
 *
 * @param basename the domain (JSON {@code basename})
 * @param addr the resolver address (JSON {@code addr})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DnsForwardRule(
        @JsonProperty("basename") String basename,
        @JsonProperty("addr") String addr,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param basename the domain (JSON {@code basename})
     * @param addr the resolver address (JSON {@code addr})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public DnsForwardRule {
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
     * Returns a copy with {@code basename} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsForwardRule withBasename(String value) {
        return new DnsForwardRule(value, addr, extra);
    }

    /**
     * Returns a copy with {@code addr} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public DnsForwardRule withAddr(String value) {
        return new DnsForwardRule(basename, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("DnsForwardRule")
                .add("basename", basename)
                .add("addr", addr)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link DnsForwardRule}. */
    public static final class Builder {
        private String basename;
        private String addr;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(DnsForwardRule r) {
            this.basename = r.basename;
            this.addr = r.addr;
            this.extra = r.extra;
        }

        /**
         * Sets {@code basename}.
         *
         * @param value the domain
         * @return this
         */
        public Builder basename(String value) {
            this.basename = value;
            return this;
        }

        /**
         * Sets {@code addr}.
         *
         * @param value the resolver address
         * @return this
         */
        public Builder addr(String value) {
            this.addr = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link DnsForwardRule}
         */
        public DnsForwardRule build() {
            return new DnsForwardRule(basename, addr, extra);
        }
    }
}
