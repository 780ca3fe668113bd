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
 * An HTTP health check of a container.
 *
 * @param port the port (JSON {@code port})
 * @param method the HTTP method (JSON {@code method})
 * @param path the path (JSON {@code path})
 * @param headers headers (JSON {@code headers})
 * @param scheme {@code http} or {@code https} (JSON {@code scheme})
 * @param tlsSkipVerify whether to skip TLS verification (JSON {@code tls_skip_verify})
 * @param tlsServerName the TLS server name (JSON {@code tls_server_name})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HttpHealthcheck(
        @JsonProperty("port") Integer port,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("headers") List<HttpHeader> headers,
        @JsonProperty("scheme") String scheme,
        @JsonProperty("tls_skip_verify") Boolean tlsSkipVerify,
        @JsonProperty("tls_server_name") String tlsServerName,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param port the port (JSON {@code port})
     * @param method the HTTP method (JSON {@code method})
     * @param path the path (JSON {@code path})
     * @param headers headers (JSON {@code headers})
     * @param scheme {@code http} or {@code https} (JSON {@code scheme})
     * @param tlsSkipVerify whether to skip TLS verification (JSON {@code tls_skip_verify})
     * @param tlsServerName the TLS server name (JSON {@code tls_server_name})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public HttpHealthcheck {
        headers = Models.list(headers);
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
    public HttpHealthcheck withPort(Integer value) {
        return new HttpHealthcheck(value, method, path, headers, scheme, tlsSkipVerify, tlsServerName, extra);
    }

    /**
     * Returns a copy with {@code method} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpHealthcheck withMethod(String value) {
        return new HttpHealthcheck(port, value, path, headers, scheme, tlsSkipVerify, tlsServerName, extra);
    }

    /**
     * Returns a copy with {@code path} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpHealthcheck withPath(String value) {
        return new HttpHealthcheck(port, method, value, headers, scheme, tlsSkipVerify, tlsServerName, extra);
    }

    /**
     * Returns a copy with {@code headers} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpHealthcheck withHeaders(List<HttpHeader> value) {
        return new HttpHealthcheck(port, method, path, value, scheme, tlsSkipVerify, tlsServerName, extra);
    }

    /**
     * Returns a copy with {@code scheme} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpHealthcheck withScheme(String value) {
        return new HttpHealthcheck(port, method, path, headers, value, tlsSkipVerify, tlsServerName, extra);
    }

    /**
     * Returns a copy with {@code tls_skip_verify} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpHealthcheck withTlsSkipVerify(Boolean value) {
        return new HttpHealthcheck(port, method, path, headers, scheme, value, tlsServerName, extra);
    }

    /**
     * Returns a copy with {@code tls_server_name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public HttpHealthcheck withTlsServerName(String value) {
        return new HttpHealthcheck(port, method, path, headers, scheme, tlsSkipVerify, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("HttpHealthcheck")
                .add("port", port)
                .add("method", method)
                .add("path", path)
                .add("headers", headers)
                .add("scheme", scheme)
                .add("tlsSkipVerify", tlsSkipVerify)
                .add("tlsServerName", tlsServerName)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link HttpHealthcheck}. */
    public static final class Builder {
        private Integer port;
        private String method;
        private String path;
        private final List<HttpHeader> headers = new ArrayList<>();
        private String scheme;
        private Boolean tlsSkipVerify;
        private String tlsServerName;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(HttpHealthcheck r) {
            this.port = r.port;
            this.method = r.method;
            this.path = r.path;
            this.headers.addAll(r.headers);
            this.scheme = r.scheme;
            this.tlsSkipVerify = r.tlsSkipVerify;
            this.tlsServerName = r.tlsServerName;
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
         * Sets {@code method}.
         *
         * @param value the HTTP method
         * @return this
         */
        public Builder method(String value) {
            this.method = value;
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
         * Sets {@code headers}, replacing earlier values.
         *
         * @param values headers
         * @return this
         */
        public Builder headers(List<? extends HttpHeader> values) {
            this.headers.clear();
            if (values != null) {
                this.headers.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code headers}, replacing earlier values.
         *
         * @param values headers
         * @return this
         */
        public Builder headers(HttpHeader... values) {
            return headers(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code headers}.
         *
         * @param value the element
         * @return this
         */
        public Builder addHeader(HttpHeader value) {
            this.headers.add(value);
            return this;
        }

        /**
         * Sets {@code scheme}.
         *
         * @param value {@code http} or {@code https}
         * @return this
         */
        public Builder scheme(String value) {
            this.scheme = value;
            return this;
        }

        /**
         * Sets {@code tls_skip_verify}.
         *
         * @param value whether to skip TLS verification
         * @return this
         */
        public Builder tlsSkipVerify(Boolean value) {
            this.tlsSkipVerify = value;
            return this;
        }

        /**
         * Sets {@code tls_server_name}.
         *
         * @param value the TLS server name
         * @return this
         */
        public Builder tlsServerName(String value) {
            this.tlsServerName = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link HttpHealthcheck}
         */
        public HttpHealthcheck build() {
            return new HttpHealthcheck(port, method, path, headers, scheme, tlsSkipVerify, tlsServerName, extra);
        }
    }
}
