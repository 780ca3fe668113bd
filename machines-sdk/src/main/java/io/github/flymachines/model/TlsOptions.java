package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.TlsOptionsReader.class)
public record TlsOptions(
        @JsonProperty("alpn") List<String> alpn,
        @JsonProperty("versions") List<String> versions,
        @JsonProperty("default_self_signed") Boolean defaultSelfSigned,
        @JsonAnyGetter Map<String, JsonNode> extra) implements TlsOptionsBuilder.With {

    /** {@return an empty builder} */
    public static TlsOptionsBuilder builder() {
        return new TlsOptionsBuilder();
    }

    @Override
    public String toString() {
        return TlsOptionsBuilder.render(this);
    }
}
