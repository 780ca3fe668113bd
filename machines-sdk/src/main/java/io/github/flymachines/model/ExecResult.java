package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The result of running a command in a Machine.
 *
 * @param exitCode the exit code (JSON {@code exit_code})
 * @param exitSignal the signal that ended it, if any (JSON {@code exit_signal})
 * @param stdout standard output (JSON {@code stdout})
 * @param stderr standard error (JSON {@code stderr})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExecResult(
        @JsonProperty("exit_code") Integer exitCode,
        @JsonProperty("exit_signal") Integer exitSignal,
        @JsonProperty("stdout") String stdout,
        @JsonProperty("stderr") String stderr,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param exitCode the exit code (JSON {@code exit_code})
     * @param exitSignal the signal that ended it, if any (JSON {@code exit_signal})
     * @param stdout standard output (JSON {@code stdout})
     * @param stderr standard error (JSON {@code stderr})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ExecResult {
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ExecResult")
                .add("exitCode", exitCode)
                .add("exitSignal", exitSignal)
                .add("stdout", stdout)
                .add("stderr", stderr)
                .extra(extra)
                .toString();
    }
}
