package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * PROXY protocol settings of a service port.
 *
 * @param version {@code v1} or {@code v2} (JSON {@code version})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProxyProtoOptions(
        @JsonProperty("version") String version,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param version {@code v1} or {@code v2} (JSON {@code version})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ProxyProtoOptions {
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
     * Returns a copy with {@code version} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProxyProtoOptions withVersion(String value) {
        return new ProxyProtoOptions(value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ProxyProtoOptions")
                .add("version", version)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ProxyProtoOptions}. */
    public static final class Builder {
        private String version;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ProxyProtoOptions r) {
            this.version = r.version;
            this.extra = r.extra;
        }

        /**
         * Sets {@code version}.
         *
         * @param value {@code v1} or {@code v2}
         * @return this
         */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ProxyProtoOptions}
         */
        public ProxyProtoOptions build() {
            return new ProxyProtoOptions(version, extra);
        }
    }
}
