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
 * An HTTP header with its values, sent by a health check.
 *
 * @param name the header name (JSON {@code name})
 * @param values the values (JSON {@code values})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HttpHeader(
        @JsonProperty("name") String name,
        @JsonProperty("values") List<String> values,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the header name (JSON {@code name})
     * @param values the values (JSON {@code values})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public HttpHeader {
        values = Models.list(values);
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
    public HttpHeader withName(String value) {
        return new HttpHeader(value, values, extra);
    }

    /**
     * Returns a copy with {@code values} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpHeader withValues(List<String> value) {
        return new HttpHeader(name, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("HttpHeader")
                .add("name", name)
                .add("values", values)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link HttpHeader}. */
    public static final class Builder {
        private String name;
        private final List<String> values = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(HttpHeader r) {
            this.name = r.name;
            this.values.addAll(r.values);
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the header name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code values}, replacing earlier values.
         *
         * @param values the values
         * @return this
         */
        public Builder values(List<? extends String> values) {
            this.values.clear();
            if (values != null) {
                this.values.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code values}, replacing earlier values.
         *
         * @param values the values
         * @return this
         */
        public Builder values(String... values) {
            return values(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code values}.
         *
         * @param value the element
         * @return this
         */
        public Builder addValue(String value) {
            this.values.add(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link HttpHeader}
         */
        public HttpHeader build() {
            return new HttpHeader(name, values, extra);
        }
    }
}
