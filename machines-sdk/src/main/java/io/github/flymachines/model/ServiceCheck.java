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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A health check of a service (TCP or HTTP), run by the proxy.
 *
 * @param type {@code tcp} or {@code http} (JSON {@code type})
 * @param port the port to check (JSON {@code port})
 * @param interval time between checks (JSON {@code interval})
 * @param timeout time allowed per check (JSON {@code timeout})
 * @param gracePeriod time after start before failures count (JSON {@code grace_period})
 * @param method HTTP method (JSON {@code method})
 * @param path HTTP path (JSON {@code path})
 * @param protocol {@code http} or {@code https} (JSON {@code protocol})
 * @param tlsSkipVerify whether to skip TLS verification (JSON {@code tls_skip_verify})
 * @param tlsServerName the TLS server name (JSON {@code tls_server_name})
 * @param headers HTTP headers to send (JSON {@code headers})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceCheck(
        @JsonProperty("type") String type,
        @JsonProperty("port") Integer port,
        @JsonProperty("interval") @JsonSerialize(using = GoDuration.Serializer.class) @JsonDeserialize(using = GoDuration.Deserializer.class) Duration interval,
        @JsonProperty("timeout") @JsonSerialize(using = GoDuration.Serializer.class) @JsonDeserialize(using = GoDuration.Deserializer.class) Duration timeout,
        @JsonProperty("grace_period") @JsonSerialize(using = GoDuration.Serializer.class) @JsonDeserialize(using = GoDuration.Deserializer.class) Duration gracePeriod,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("protocol") String protocol,
        @JsonProperty("tls_skip_verify") Boolean tlsSkipVerify,
        @JsonProperty("tls_server_name") String tlsServerName,
        @JsonProperty("headers") List<HttpHeader> headers,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param type {@code tcp} or {@code http} (JSON {@code type})
     * @param port the port to check (JSON {@code port})
     * @param interval time between checks (JSON {@code interval})
     * @param timeout time allowed per check (JSON {@code timeout})
     * @param gracePeriod time after start before failures count (JSON {@code grace_period})
     * @param method HTTP method (JSON {@code method})
     * @param path HTTP path (JSON {@code path})
     * @param protocol {@code http} or {@code https} (JSON {@code protocol})
     * @param tlsSkipVerify whether to skip TLS verification (JSON {@code tls_skip_verify})
     * @param tlsServerName the TLS server name (JSON {@code tls_server_name})
     * @param headers HTTP headers to send (JSON {@code headers})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ServiceCheck {
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
     * Returns a copy with {@code type} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withType(String value) {
        return new ServiceCheck(value, port, interval, timeout, gracePeriod, method, path, protocol, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code port} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withPort(Integer value) {
        return new ServiceCheck(type, value, interval, timeout, gracePeriod, method, path, protocol, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code interval} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withInterval(Duration value) {
        return new ServiceCheck(type, port, value, timeout, gracePeriod, method, path, protocol, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code timeout} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withTimeout(Duration value) {
        return new ServiceCheck(type, port, interval, value, gracePeriod, method, path, protocol, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code grace_period} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withGracePeriod(Duration value) {
        return new ServiceCheck(type, port, interval, timeout, value, method, path, protocol, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code method} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withMethod(String value) {
        return new ServiceCheck(type, port, interval, timeout, gracePeriod, value, path, protocol, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code path} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withPath(String value) {
        return new ServiceCheck(type, port, interval, timeout, gracePeriod, method, value, protocol, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code protocol} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withProtocol(String value) {
        return new ServiceCheck(type, port, interval, timeout, gracePeriod, method, path, value, tlsSkipVerify, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code tls_skip_verify} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withTlsSkipVerify(Boolean value) {
        return new ServiceCheck(type, port, interval, timeout, gracePeriod, method, path, protocol, value, tlsServerName, headers, extra);
    }

    /**
     * Returns a copy with {@code tls_server_name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withTlsServerName(String value) {
        return new ServiceCheck(type, port, interval, timeout, gracePeriod, method, path, protocol, tlsSkipVerify, value, headers, extra);
    }

    /**
     * Returns a copy with {@code headers} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ServiceCheck withHeaders(List<HttpHeader> value) {
        return new ServiceCheck(type, port, interval, timeout, gracePeriod, method, path, protocol, tlsSkipVerify, tlsServerName, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ServiceCheck")
                .add("type", type)
                .add("port", port)
                .add("interval", interval)
                .add("timeout", timeout)
                .add("gracePeriod", gracePeriod)
                .add("method", method)
                .add("path", path)
                .add("protocol", protocol)
                .add("tlsSkipVerify", tlsSkipVerify)
                .add("tlsServerName", tlsServerName)
                .add("headers", headers)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ServiceCheck}. */
    public static final class Builder {
        private String type;
        private Integer port;
        private Duration interval;
        private Duration timeout;
        private Duration gracePeriod;
        private String method;
        private String path;
        private String protocol;
        private Boolean tlsSkipVerify;
        private String tlsServerName;
        private final List<HttpHeader> headers = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ServiceCheck r) {
            this.type = r.type;
            this.port = r.port;
            this.interval = r.interval;
            this.timeout = r.timeout;
            this.gracePeriod = r.gracePeriod;
            this.method = r.method;
            this.path = r.path;
            this.protocol = r.protocol;
            this.tlsSkipVerify = r.tlsSkipVerify;
            this.tlsServerName = r.tlsServerName;
            this.headers.addAll(r.headers);
            this.extra = r.extra;
        }

        /**
         * Sets {@code type}.
         *
         * @param value {@code tcp} or {@code http}
         * @return this
         */
        public Builder type(String value) {
            this.type = value;
            return this;
        }

        /**
         * Sets {@code port}.
         *
         * @param value the port to check
         * @return this
         */
        public Builder port(Integer value) {
            this.port = value;
            return this;
        }

        /**
         * Sets {@code interval}.
         *
         * @param value time between checks
         * @return this
         */
        public Builder interval(Duration value) {
            this.interval = value;
            return this;
        }

        /**
         * Sets {@code timeout}.
         *
         * @param value time allowed per check
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /**
         * Sets {@code grace_period}.
         *
         * @param value time after start before failures count
         * @return this
         */
        public Builder gracePeriod(Duration value) {
            this.gracePeriod = value;
            return this;
        }

        /**
         * Sets {@code method}.
         *
         * @param value hTTP method
         * @return this
         */
        public Builder method(String value) {
            this.method = value;
            return this;
        }

        /**
         * Sets {@code path}.
         *
         * @param value hTTP path
         * @return this
         */
        public Builder path(String value) {
            this.path = value;
            return this;
        }

        /**
         * Sets {@code protocol}.
         *
         * @param value {@code http} or {@code https}
         * @return this
         */
        public Builder protocol(String value) {
            this.protocol = value;
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
         * Sets {@code headers}, replacing earlier values.
         *
         * @param values hTTP headers to send
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
         * @param values hTTP headers to send
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
         * Builds the record.
         *
         * @return a new {@link ServiceCheck}
         */
        public ServiceCheck build() {
            return new ServiceCheck(type, port, interval, timeout, gracePeriod, method, path, protocol, tlsSkipVerify, tlsServerName, headers, extra);
        }
    }
}
