package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * HTTP handler settings of a service port.
 *
 * @param compress whether to compress responses (JSON {@code compress})
 * @param h2Backend whether the backend speaks HTTP/2 (JSON {@code h2_backend})
 * @param idleTimeout idle timeout in seconds (JSON {@code idle_timeout})
 * @param headersReadTimeout header read timeout in seconds (JSON {@code headers_read_timeout})
 * @param response response handling (JSON {@code response})
 * @param replayCache fly-replay cache rules (JSON {@code replay_cache})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HttpOptions(
        @JsonProperty("compress") Boolean compress,
        @JsonProperty("h2_backend") Boolean h2Backend,
        @JsonProperty("idle_timeout") Integer idleTimeout,
        @JsonProperty("headers_read_timeout") Integer headersReadTimeout,
        @JsonProperty("response") HttpResponseOptions response,
        @JsonProperty("replay_cache") List<ReplayCache> replayCache,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param compress whether to compress responses (JSON {@code compress})
     * @param h2Backend whether the backend speaks HTTP/2 (JSON {@code h2_backend})
     * @param idleTimeout idle timeout in seconds (JSON {@code idle_timeout})
     * @param headersReadTimeout header read timeout in seconds (JSON {@code headers_read_timeout})
     * @param response response handling (JSON {@code response})
     * @param replayCache fly-replay cache rules (JSON {@code replay_cache})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public HttpOptions {
        replayCache = Models.list(replayCache);
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
     * Returns a copy with {@code compress} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpOptions withCompress(Boolean value) {
        return new HttpOptions(value, h2Backend, idleTimeout, headersReadTimeout, response, replayCache, extra);
    }

    /**
     * Returns a copy with {@code h2_backend} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpOptions withH2Backend(Boolean value) {
        return new HttpOptions(compress, value, idleTimeout, headersReadTimeout, response, replayCache, extra);
    }

    /**
     * Returns a copy with {@code idle_timeout} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpOptions withIdleTimeout(Integer value) {
        return new HttpOptions(compress, h2Backend, value, headersReadTimeout, response, replayCache, extra);
    }

    /**
     * Returns a copy with {@code headers_read_timeout} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpOptions withHeadersReadTimeout(Integer value) {
        return new HttpOptions(compress, h2Backend, idleTimeout, value, response, replayCache, extra);
    }

    /**
     * Returns a copy with {@code response} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpOptions withResponse(HttpResponseOptions value) {
        return new HttpOptions(compress, h2Backend, idleTimeout, headersReadTimeout, value, replayCache, extra);
    }

    /**
     * Returns a copy with {@code replay_cache} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpOptions withReplayCache(List<ReplayCache> value) {
        return new HttpOptions(compress, h2Backend, idleTimeout, headersReadTimeout, response, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("HttpOptions")
                .add("compress", compress)
                .add("h2Backend", h2Backend)
                .add("idleTimeout", idleTimeout)
                .add("headersReadTimeout", headersReadTimeout)
                .add("response", response)
                .add("replayCache", replayCache)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link HttpOptions}. */
    public static final class Builder {
        private Boolean compress;
        private Boolean h2Backend;
        private Integer idleTimeout;
        private Integer headersReadTimeout;
        private HttpResponseOptions response;
        private final List<ReplayCache> replayCache = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(HttpOptions r) {
            this.compress = r.compress;
            this.h2Backend = r.h2Backend;
            this.idleTimeout = r.idleTimeout;
            this.headersReadTimeout = r.headersReadTimeout;
            this.response = r.response;
            this.replayCache.addAll(r.replayCache);
            this.extra = r.extra;
        }

        /**
         * Sets {@code compress}.
         *
         * @param value whether to compress responses
         * @return this
         */
        public Builder compress(Boolean value) {
            this.compress = value;
            return this;
        }

        /**
         * Sets {@code h2_backend}.
         *
         * @param value whether the backend speaks HTTP/2
         * @return this
         */
        public Builder h2Backend(Boolean value) {
            this.h2Backend = value;
            return this;
        }

        /**
         * Sets {@code idle_timeout}.
         *
         * @param value idle timeout in seconds
         * @return this
         */
        public Builder idleTimeout(Integer value) {
            this.idleTimeout = value;
            return this;
        }

        /**
         * Sets {@code headers_read_timeout}.
         *
         * @param value header read timeout in seconds
         * @return this
         */
        public Builder headersReadTimeout(Integer value) {
            this.headersReadTimeout = value;
            return this;
        }

        /**
         * Sets {@code response}.
         *
         * @param value response handling
         * @return this
         */
        public Builder response(HttpResponseOptions value) {
            this.response = value;
            return this;
        }

        /**
         * Sets {@code replay_cache}, replacing earlier values.
         *
         * @param values fly-replay cache rules
         * @return this
         */
        public Builder replayCache(List<? extends ReplayCache> values) {
            this.replayCache.clear();
            if (values != null) {
                this.replayCache.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code replay_cache}, replacing earlier values.
         *
         * @param values fly-replay cache rules
         * @return this
         */
        public Builder replayCache(ReplayCache... values) {
            return replayCache(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code replay_cache}.
         *
         * @param value the element
         * @return this
         */
        public Builder addReplayCache(ReplayCache value) {
            this.replayCache.add(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link HttpOptions}
         */
        public HttpOptions build() {
            return new HttpOptions(compress, h2Backend, idleTimeout, headersReadTimeout, response, replayCache, extra);
        }
    }
}
