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
 * A public port of a service, or a port range, with its handlers.
 *
 * @param port the public port (JSON {@code port})
 * @param startPort the first port of a range (JSON {@code start_port})
 * @param endPort the last port of a range (JSON {@code end_port})
 * @param handlers protocol handlers, e.g. {@code tls}, {@code http}, {@code proxy_proto} (JSON
 *        {@code handlers})
 * @param forceHttps whether to redirect HTTP to HTTPS (JSON {@code force_https})
 * @param tlsOptions TLS settings (JSON {@code tls_options})
 * @param httpOptions HTTP settings (JSON {@code http_options})
 * @param proxyProtoOptions PROXY protocol settings (JSON {@code proxy_proto_options})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServicePort(
        @JsonProperty("port") Integer port,
        @JsonProperty("start_port") Integer startPort,
        @JsonProperty("end_port") Integer endPort,
        @JsonProperty("handlers") List<String> handlers,
        @JsonProperty("force_https") Boolean forceHttps,
        @JsonProperty("tls_options") TlsOptions tlsOptions,
        @JsonProperty("http_options") HttpOptions httpOptions,
        @JsonProperty("proxy_proto_options") ProxyProtoOptions proxyProtoOptions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param port the public port (JSON {@code port})
     * @param startPort the first port of a range (JSON {@code start_port})
     * @param endPort the last port of a range (JSON {@code end_port})
     * @param handlers protocol handlers, e.g. {@code tls}, {@code http}, {@code proxy_proto} (JSON
     *        {@code handlers})
     * @param forceHttps whether to redirect HTTP to HTTPS (JSON {@code force_https})
     * @param tlsOptions TLS settings (JSON {@code tls_options})
     * @param httpOptions HTTP settings (JSON {@code http_options})
     * @param proxyProtoOptions PROXY protocol settings (JSON {@code proxy_proto_options})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ServicePort {
        handlers = Models.list(handlers);
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
    public ServicePort withPort(Integer value) {
        return new ServicePort(value, startPort, endPort, handlers, forceHttps, tlsOptions, httpOptions, proxyProtoOptions, extra);
    }

    /**
     * Returns a copy with {@code start_port} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServicePort withStartPort(Integer value) {
        return new ServicePort(port, value, endPort, handlers, forceHttps, tlsOptions, httpOptions, proxyProtoOptions, extra);
    }

    /**
     * Returns a copy with {@code end_port} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServicePort withEndPort(Integer value) {
        return new ServicePort(port, startPort, value, handlers, forceHttps, tlsOptions, httpOptions, proxyProtoOptions, extra);
    }

    /**
     * Returns a copy with {@code handlers} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServicePort withHandlers(List<String> value) {
        return new ServicePort(port, startPort, endPort, value, forceHttps, tlsOptions, httpOptions, proxyProtoOptions, extra);
    }

    /**
     * Returns a copy with {@code force_https} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServicePort withForceHttps(Boolean value) {
        return new ServicePort(port, startPort, endPort, handlers, value, tlsOptions, httpOptions, proxyProtoOptions, extra);
    }

    /**
     * Returns a copy with {@code tls_options} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServicePort withTlsOptions(TlsOptions value) {
        return new ServicePort(port, startPort, endPort, handlers, forceHttps, value, httpOptions, proxyProtoOptions, extra);
    }

    /**
     * Returns a copy with {@code http_options} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServicePort withHttpOptions(HttpOptions value) {
        return new ServicePort(port, startPort, endPort, handlers, forceHttps, tlsOptions, value, proxyProtoOptions, extra);
    }

    /**
     * Returns a copy with {@code proxy_proto_options} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServicePort withProxyProtoOptions(ProxyProtoOptions value) {
        return new ServicePort(port, startPort, endPort, handlers, forceHttps, tlsOptions, httpOptions, value, extra);
    }

    /**
     * A single port with handlers.
     *
     * @param port the public port
     * @param handlers handlers such as {@code http} or {@code tls}
     * @return the port
     */
    public static ServicePort of(int port, String... handlers) {
        return builder().port(port).handlers(handlers).build();
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ServicePort")
                .add("port", port)
                .add("startPort", startPort)
                .add("endPort", endPort)
                .add("handlers", handlers)
                .add("forceHttps", forceHttps)
                .add("tlsOptions", tlsOptions)
                .add("httpOptions", httpOptions)
                .add("proxyProtoOptions", proxyProtoOptions)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ServicePort}. */
    public static final class Builder {
        private Integer port;
        private Integer startPort;
        private Integer endPort;
        private final List<String> handlers = new ArrayList<>();
        private Boolean forceHttps;
        private TlsOptions tlsOptions;
        private HttpOptions httpOptions;
        private ProxyProtoOptions proxyProtoOptions;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ServicePort r) {
            this.port = r.port;
            this.startPort = r.startPort;
            this.endPort = r.endPort;
            this.handlers.addAll(r.handlers);
            this.forceHttps = r.forceHttps;
            this.tlsOptions = r.tlsOptions;
            this.httpOptions = r.httpOptions;
            this.proxyProtoOptions = r.proxyProtoOptions;
            this.extra = r.extra;
        }

        /**
         * Sets {@code port}.
         *
         * @param value the public port
         * @return this
         */
        public Builder port(Integer value) {
            this.port = value;
            return this;
        }

        /**
         * Sets {@code start_port}.
         *
         * @param value the first port of a range
         * @return this
         */
        public Builder startPort(Integer value) {
            this.startPort = value;
            return this;
        }

        /**
         * Sets {@code end_port}.
         *
         * @param value the last port of a range
         * @return this
         */
        public Builder endPort(Integer value) {
            this.endPort = value;
            return this;
        }

        /**
         * Sets {@code handlers}, replacing earlier values.
         *
         * @param values protocol handlers, e.g. {@code tls}, {@code http}, {@code proxy_proto}
         * @return this
         */
        public Builder handlers(List<? extends String> values) {
            this.handlers.clear();
            if (values != null) {
                this.handlers.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code handlers}, replacing earlier values.
         *
         * @param values protocol handlers, e.g. {@code tls}, {@code http}, {@code proxy_proto}
         * @return this
         */
        public Builder handlers(String... values) {
            return handlers(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code handlers}.
         *
         * @param value the element
         * @return this
         */
        public Builder addHandler(String value) {
            this.handlers.add(value);
            return this;
        }

        /**
         * Sets {@code force_https}.
         *
         * @param value whether to redirect HTTP to HTTPS
         * @return this
         */
        public Builder forceHttps(Boolean value) {
            this.forceHttps = value;
            return this;
        }

        /**
         * Sets {@code tls_options}.
         *
         * @param value tLS settings
         * @return this
         */
        public Builder tlsOptions(TlsOptions value) {
            this.tlsOptions = value;
            return this;
        }

        /**
         * Sets {@code http_options}.
         *
         * @param value hTTP settings
         * @return this
         */
        public Builder httpOptions(HttpOptions value) {
            this.httpOptions = value;
            return this;
        }

        /**
         * Sets {@code proxy_proto_options}.
         *
         * @param value pROXY protocol settings
         * @return this
         */
        public Builder proxyProtoOptions(ProxyProtoOptions value) {
            this.proxyProtoOptions = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ServicePort}
         */
        public ServicePort build() {
            return new ServicePort(port, startPort, endPort, handlers, forceHttps, tlsOptions, httpOptions, proxyProtoOptions, extra);
        }
    }
}
