package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A fly-replay cache rule of a service port.
 *
 * @param pathPrefix the path prefix the rule applies to (JSON {@code path_prefix})
 * @param ttlSeconds how long entries live (JSON {@code ttl_seconds})
 * @param type {@code cookie} or {@code header} (JSON {@code type})
 * @param name the cookie or header name (JSON {@code name})
 * @param allowBypass whether clients may bypass the cache (JSON {@code allow_bypass})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReplayCache(
        @JsonProperty("path_prefix") String pathPrefix,
        @JsonProperty("ttl_seconds") Integer ttlSeconds,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("allow_bypass") Boolean allowBypass,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param pathPrefix the path prefix the rule applies to (JSON {@code path_prefix})
     * @param ttlSeconds how long entries live (JSON {@code ttl_seconds})
     * @param type {@code cookie} or {@code header} (JSON {@code type})
     * @param name the cookie or header name (JSON {@code name})
     * @param allowBypass whether clients may bypass the cache (JSON {@code allow_bypass})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ReplayCache {
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
     * Returns a copy with {@code path_prefix} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ReplayCache withPathPrefix(String value) {
        return new ReplayCache(value, ttlSeconds, type, name, allowBypass, extra);
    }

    /**
     * Returns a copy with {@code ttl_seconds} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ReplayCache withTtlSeconds(Integer value) {
        return new ReplayCache(pathPrefix, value, type, name, allowBypass, extra);
    }

    /**
     * Returns a copy with {@code type} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ReplayCache withType(String value) {
        return new ReplayCache(pathPrefix, ttlSeconds, value, name, allowBypass, extra);
    }

    /**
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ReplayCache withName(String value) {
        return new ReplayCache(pathPrefix, ttlSeconds, type, value, allowBypass, extra);
    }

    /**
     * Returns a copy with {@code allow_bypass} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ReplayCache withAllowBypass(Boolean value) {
        return new ReplayCache(pathPrefix, ttlSeconds, type, name, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ReplayCache")
                .add("pathPrefix", pathPrefix)
                .add("ttlSeconds", ttlSeconds)
                .add("type", type)
                .add("name", name)
                .add("allowBypass", allowBypass)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ReplayCache}. */
    public static final class Builder {
        private String pathPrefix;
        private Integer ttlSeconds;
        private String type;
        private String name;
        private Boolean allowBypass;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ReplayCache r) {
            this.pathPrefix = r.pathPrefix;
            this.ttlSeconds = r.ttlSeconds;
            this.type = r.type;
            this.name = r.name;
            this.allowBypass = r.allowBypass;
            this.extra = r.extra;
        }

        /**
         * Sets {@code path_prefix}.
         *
         * @param value the path prefix the rule applies to
         * @return this
         */
        public Builder pathPrefix(String value) {
            this.pathPrefix = value;
            return this;
        }

        /**
         * Sets {@code ttl_seconds}.
         *
         * @param value how long entries live
         * @return this
         */
        public Builder ttlSeconds(Integer value) {
            this.ttlSeconds = value;
            return this;
        }

        /**
         * Sets {@code type}.
         *
         * @param value {@code cookie} or {@code header}
         * @return this
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the cookie or header name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code allow_bypass}.
         *
         * @param value whether clients may bypass the cache
         * @return this
         */
        public Builder allowBypass(Boolean value) {
            this.allowBypass = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ReplayCache}
         */
        public ReplayCache build() {
            return new ReplayCache(pathPrefix, ttlSeconds, type, name, allowBypass, extra);
        }
    }
}
