package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * A command health check of a container.
 *
 * @param command the command (JSON {@code command})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ExecHealthcheckReader.class)
public record ExecHealthcheck(
        @JsonProperty("command") List<String> command,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ExecHealthcheckBuilder.With {

    /** {@return an empty builder} */
    public static ExecHealthcheckBuilder builder() {
        return new ExecHealthcheckBuilder();
    }

    @Override
    public String toString() {
        return ExecHealthcheckBuilder.render(this);
    }
}
