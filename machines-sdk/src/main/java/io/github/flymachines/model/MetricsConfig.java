package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * Where Fly scrapes Prometheus metrics from the Machine.
 *
 * @param port the port (JSON {@code port})
 * @param path the path (JSON {@code path})
 * @param https whether to use HTTPS (JSON {@code https})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricsConfig(
        @JsonProperty("port") Integer port,
        @JsonProperty("path") String path,
        @JsonProperty("https") Boolean https,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param port the port (JSON {@code port})
     * @param path the path (JSON {@code path})
     * @param https whether to use HTTPS (JSON {@code https})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public MetricsConfig {
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
     * Returns a copy with {@code port} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MetricsConfig withPort(Integer value) {
        return new MetricsConfig(value, path, https, extra);
    }

    /**
     * Returns a copy with {@code path} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MetricsConfig withPath(String value) {
        return new MetricsConfig(port, value, https, extra);
    }

    /**
     * Returns a copy with {@code https} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MetricsConfig withHttps(Boolean value) {
        return new MetricsConfig(port, path, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MetricsConfig")
                .add("port", port)
                .add("path", path)
                .add("https", https)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link MetricsConfig}. */
    public static final class Builder {
        private Integer port;
        private String path;
        private Boolean https;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(MetricsConfig r) {
            this.port = r.port;
            this.path = r.path;
            this.https = r.https;
            this.extra = r.extra;
        }

        /**
         * Sets {@code port}.
         *
         * @param value the port
         * @return this
         */
        public Builder port(Integer value) {
            this.port = value;
            return this;
        }

        /**
         * Sets {@code path}.
         *
         * @param value the path
         * @return this
         */
        public Builder path(String value) {
            this.path = value;
            return this;
        }

        /**
         * Sets {@code https}.
         *
         * @param value whether to use HTTPS
         * @return this
         */
        public Builder https(Boolean value) {
            this.https = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link MetricsConfig}
         */
        public MetricsConfig build() {
            return new MetricsConfig(port, path, https, extra);
        }
    }
}
