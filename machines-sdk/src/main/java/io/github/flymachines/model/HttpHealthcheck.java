package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.HttpHealthcheckReader.class)
public record HttpHealthcheck(
        @JsonProperty("port") Integer port,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("headers") List<HttpHeader> headers,
        @JsonProperty("scheme") String scheme,
        @JsonProperty("tls_skip_verify") Boolean tlsSkipVerify,
        @JsonProperty("tls_server_name") String tlsServerName,
        @JsonAnyGetter Map<String, JsonNode> extra) implements HttpHealthcheckBuilder.With {

    /** {@return an empty builder} */
    public static HttpHealthcheckBuilder builder() {
        return new HttpHealthcheckBuilder();
    }

    @Override
    public String toString() {
        return HttpHealthcheckBuilder.render(this);
    }
}
