package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A named top-level health check of a Machine.
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
 * @param kind {@code informational} or {@code readiness} (JSON {@code kind})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MachineCheckReader.class)
public record MachineCheck(
        @JsonProperty("type") String type,
        @JsonProperty("port") Integer port,
        @JsonProperty("interval") @TimeJson(TimeJson.Form.GO) Duration interval,
        @JsonProperty("timeout") @TimeJson(TimeJson.Form.GO) Duration timeout,
        @JsonProperty("grace_period") @TimeJson(TimeJson.Form.GO) Duration gracePeriod,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("protocol") String protocol,
        @JsonProperty("tls_skip_verify") Boolean tlsSkipVerify,
        @JsonProperty("tls_server_name") String tlsServerName,
        @JsonProperty("headers") List<HttpHeader> headers,
        @JsonProperty("kind") String kind,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MachineCheckBuilder.With {

    /** {@return an empty builder} */
    public static MachineCheckBuilder builder() {
        return new MachineCheckBuilder();
    }

    @Override
    public String toString() {
        return MachineCheckBuilder.render(this);
    }
}
