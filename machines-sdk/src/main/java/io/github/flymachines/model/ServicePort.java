package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.ServicePortReader.class)
public record ServicePort(
        @JsonProperty("port") Integer port,
        @JsonProperty("start_port") Integer startPort,
        @JsonProperty("end_port") Integer endPort,
        @JsonProperty("handlers") List<String> handlers,
        @JsonProperty("force_https") Boolean forceHttps,
        @JsonProperty("tls_options") TlsOptions tlsOptions,
        @JsonProperty("http_options") HttpOptions httpOptions,
        @JsonProperty("proxy_proto_options") ProxyProtoOptions proxyProtoOptions,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ServicePortBuilder.With {

    /** {@return an empty builder} */
    public static ServicePortBuilder builder() {
        return new ServicePortBuilder();
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

    @Override
    public String toString() {
        return ServicePortBuilder.render(this);
    }
}
