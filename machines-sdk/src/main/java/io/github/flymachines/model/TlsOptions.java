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
 * TLS settings of a service port.
 *
 * @param alpn ALPN protocols (JSON {@code alpn})
 * @param versions TLS versions (JSON {@code versions})
 * @param defaultSelfSigned whether to serve a self-signed certificate by default (JSON {@code
 *        default_self_signed})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TlsOptions(
        @JsonProperty("alpn") List<String> alpn,
        @JsonProperty("versions") List<String> versions,
        @JsonProperty("default_self_signed") Boolean defaultSelfSigned,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param alpn ALPN protocols (JSON {@code alpn})
     * @param versions TLS versions (JSON {@code versions})
     * @param defaultSelfSigned whether to serve a self-signed certificate by default (JSON {@code
     *        default_self_signed})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public TlsOptions {
        alpn = Models.list(alpn);
        versions = Models.list(versions);
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
     * Returns a copy with {@code alpn} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public TlsOptions withAlpn(List<String> value) {
        return new TlsOptions(value, versions, defaultSelfSigned, extra);
    }

    /**
     * Returns a copy with {@code versions} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public TlsOptions withVersions(List<String> value) {
        return new TlsOptions(alpn, value, defaultSelfSigned, extra);
    }

    /**
     * Returns a copy with {@code default_self_signed} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public TlsOptions withDefaultSelfSigned(Boolean value) {
        return new TlsOptions(alpn, versions, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("TlsOptions")
                .add("alpn", alpn)
                .add("versions", versions)
                .add("defaultSelfSigned", defaultSelfSigned)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link TlsOptions}. */
    public static final class Builder {
        private final List<String> alpn = new ArrayList<>();
        private final List<String> versions = new ArrayList<>();
        private Boolean defaultSelfSigned;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(TlsOptions r) {
            this.alpn.addAll(r.alpn);
            this.versions.addAll(r.versions);
            this.defaultSelfSigned = r.defaultSelfSigned;
            this.extra = r.extra;
        }

        /**
         * Sets {@code alpn}, replacing earlier values.
         *
         * @param values aLPN protocols
         * @return this
         */
        public Builder alpn(List<? extends String> values) {
            this.alpn.clear();
            if (values != null) {
                this.alpn.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code alpn}, replacing earlier values.
         *
         * @param values aLPN protocols
         * @return this
         */
        public Builder alpn(String... values) {
            return alpn(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code alpn}.
         *
         * @param value the element
         * @return this
         */
        public Builder addAlpn(String value) {
            this.alpn.add(value);
            return this;
        }

        /**
         * Sets {@code versions}, replacing earlier values.
         *
         * @param values tLS versions
         * @return this
         */
        public Builder versions(List<? extends String> values) {
            this.versions.clear();
            if (values != null) {
                this.versions.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code versions}, replacing earlier values.
         *
         * @param values tLS versions
         * @return this
         */
        public Builder versions(String... values) {
            return versions(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code versions}.
         *
         * @param value the element
         * @return this
         */
        public Builder addVersion(String value) {
            this.versions.add(value);
            return this;
        }

        /**
         * Sets {@code default_self_signed}.
         *
         * @param value whether to serve a self-signed certificate by default
         * @return this
         */
        public Builder defaultSelfSigned(Boolean value) {
            this.defaultSelfSigned = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link TlsOptions}
         */
        public TlsOptions build() {
            return new TlsOptions(alpn, versions, defaultSelfSigned, extra);
        }
    }
}
