package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the proxy treats HTTP responses of a service port.
 *
 * @param headers headers to add to responses (a value may be a string, list or false) (JSON
 *        {@code headers})
 * @param pristine whether to leave responses untouched (JSON {@code pristine})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HttpResponseOptions(
        @JsonProperty("headers") Map<String, JsonNode> headers,
        @JsonProperty("pristine") Boolean pristine,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param headers headers to add to responses (a value may be a string, list or false) (JSON
     *        {@code headers})
     * @param pristine whether to leave responses untouched (JSON {@code pristine})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public HttpResponseOptions {
        headers = Models.map(headers);
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
     * Returns a copy with {@code headers} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpResponseOptions withHeaders(Map<String, JsonNode> value) {
        return new HttpResponseOptions(value, pristine, extra);
    }

    /**
     * Returns a copy with {@code pristine} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpResponseOptions withPristine(Boolean value) {
        return new HttpResponseOptions(headers, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("HttpResponseOptions")
                .add("headers", headers)
                .add("pristine", pristine)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link HttpResponseOptions}. */
    public static final class Builder {
        private final Map<String, JsonNode> headers = new LinkedHashMap<>();
        private Boolean pristine;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(HttpResponseOptions r) {
            this.headers.putAll(r.headers);
            this.pristine = r.pristine;
            this.extra = r.extra;
        }

        /**
         * Sets {@code headers}, replacing earlier entries.
         *
         * @param values headers to add to responses (a value may be a string, list or false)
         * @return this
         */
        public Builder headers(Map<String, ? extends JsonNode> values) {
            this.headers.clear();
            if (values != null) {
                this.headers.putAll(values);
            }
            return this;
        }

        /**
         * Adds or replaces one entry of {@code headers}.
         *
         * @param key the key
         * @param value the value
         * @return this
         */
        public Builder putHeader(String key, JsonNode value) {
            this.headers.put(key, value);
            return this;
        }

        /**
         * Sets {@code pristine}.
         *
         * @param value whether to leave responses untouched
         * @return this
         */
        public Builder pristine(Boolean value) {
            this.pristine = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link HttpResponseOptions}
         */
        public HttpResponseOptions build() {
            return new HttpResponseOptions(headers, pristine, extra);
        }
    }
}
