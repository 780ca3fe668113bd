package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.flymachines.internal.json.GoDuration;
import io.github.flymachines.internal.util.Models;
import java.time.Duration;
import java.util.Map;

/**
 * How a Machine is stopped: the signal and how long to wait before killing.
 *
 * @param timeout time to wait after the signal (JSON {@code timeout})
 * @param signal the signal, e.g. {@code SIGTERM} (JSON {@code signal})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StopConfig(
        @JsonProperty("timeout") @JsonSerialize(using = GoDuration.Serializer.class) @JsonDeserialize(using = GoDuration.Deserializer.class) Duration timeout,
        @JsonProperty("signal") Signal signal,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param timeout time to wait after the signal (JSON {@code timeout})
     * @param signal the signal, e.g. {@code SIGTERM} (JSON {@code signal})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public StopConfig {
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
     * Returns a copy with {@code timeout} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StopConfig withTimeout(Duration value) {
        return new StopConfig(value, signal, extra);
    }

    /**
     * Returns a copy with {@code signal} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StopConfig withSignal(Signal value) {
        return new StopConfig(timeout, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("StopConfig")
                .add("timeout", timeout)
                .add("signal", signal)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link StopConfig}. */
    public static final class Builder {
        private Duration timeout;
        private Signal signal;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(StopConfig r) {
            this.timeout = r.timeout;
            this.signal = r.signal;
            this.extra = r.extra;
        }

        /**
         * Sets {@code timeout}.
         *
         * @param value time to wait after the signal
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /**
         * Sets {@code signal}.
         *
         * @param value the signal, e.g. {@code SIGTERM}
         * @return this
         */
        public Builder signal(Signal value) {
            this.signal = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link StopConfig}
         */
        public StopConfig build() {
            return new StopConfig(timeout, signal, extra);
        }
    }
}
