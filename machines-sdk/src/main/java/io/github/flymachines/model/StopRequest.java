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
 * How to stop a Machine: the signal and how long to wait before killing it.
 *
 * @param signal the signal (default SIGINT, or the stop signal of the config) (JSON {@code
 *        signal})
 * @param timeout time to wait before killing (JSON {@code timeout})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StopRequest(
        @JsonProperty("signal") Signal signal,
        @JsonProperty("timeout") @JsonSerialize(using = GoDuration.Serializer.class) @JsonDeserialize(using = GoDuration.Deserializer.class) Duration timeout,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param signal the signal (default SIGINT, or the stop signal of the config) (JSON {@code
     *        signal})
     * @param timeout time to wait before killing (JSON {@code timeout})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public StopRequest {
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
     * Returns a copy with {@code signal} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StopRequest withSignal(Signal value) {
        return new StopRequest(value, timeout, extra);
    }

    /**
     * Returns a copy with {@code timeout} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StopRequest withTimeout(Duration value) {
        return new StopRequest(signal, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("StopRequest")
                .add("signal", signal)
                .add("timeout", timeout)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link StopRequest}. */
    public static final class Builder {
        private Signal signal;
        private Duration timeout;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(StopRequest r) {
            this.signal = r.signal;
            this.timeout = r.timeout;
            this.extra = r.extra;
        }

        /**
         * Sets {@code signal}.
         *
         * @param value the signal (default SIGINT, or the stop signal of the config)
         * @return this
         */
        public Builder signal(Signal value) {
            this.signal = value;
            return this;
        }

        /**
         * Sets {@code timeout}.
         *
         * @param value time to wait before killing
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link StopRequest}
         */
        public StopRequest build() {
            return new StopRequest(signal, timeout, extra);
        }
    }
}
