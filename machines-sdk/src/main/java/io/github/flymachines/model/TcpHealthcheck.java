package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A TCP health check of a container.
 *
 * @param port the port (JSON {@code port})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.TcpHealthcheckReader.class)
public record TcpHealthcheck(
        @JsonProperty("port") Integer port,
        @JsonAnyGetter Map<String, JsonNode> extra) implements TcpHealthcheckBuilder.With {

    /** {@return an empty builder} */
    public static TcpHealthcheckBuilder builder() {
        return new TcpHealthcheckBuilder();
    }

    @Override
    public String toString() {
        return TcpHealthcheckBuilder.render(this);
    }
}
