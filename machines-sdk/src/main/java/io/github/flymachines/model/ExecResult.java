package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * The result of running a command in a Machine.
 *
 * @param exitCode the exit code; the API leaves out a 0, which reads as 0 (JSON {@code exit_code})
 * @param exitSignal the signal that ended it, if any (JSON {@code exit_signal})
 * @param stdout standard output (JSON {@code stdout})
 * @param stderr standard error (JSON {@code stderr})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ExecResultReader.class)
public record ExecResult(
        @JsonProperty("exit_code") @JsonInclude(JsonInclude.Include.NON_DEFAULT) int exitCode,
        @JsonProperty("exit_signal") Integer exitSignal,
        @JsonProperty("stdout") String stdout,
        @JsonProperty("stderr") String stderr,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ExecResultBuilder.With {

    /** {@return an empty builder} */
    public static ExecResultBuilder builder() {
        return new ExecResultBuilder();
    }

    @Override
    public String toString() {
        return ExecResultBuilder.render(this);
    }
}
