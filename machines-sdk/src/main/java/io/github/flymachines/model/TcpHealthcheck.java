package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * A TCP health check of a container.
 *
 * @param port the port (JSON {@code port})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TcpHealthcheck(
        @JsonProperty("port") Integer port,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param port the port (JSON {@code port})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public TcpHealthcheck {
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
    public TcpHealthcheck withPort(Integer value) {
        return new TcpHealthcheck(value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("TcpHealthcheck")
                .add("port", port)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link TcpHealthcheck}. */
    public static final class Builder {
        private Integer port;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(TcpHealthcheck r) {
            this.port = r.port;
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
         * Builds the record.
         *
         * @return a new {@link TcpHealthcheck}
         */
        public TcpHealthcheck build() {
            return new TcpHealthcheck(port, extra);
        }
    }
}
