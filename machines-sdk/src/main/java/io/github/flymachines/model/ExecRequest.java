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
 * A command to run in a Machine.
 *
 * @param command the command and its arguments (JSON {@code command})
 * @param cmd deprecated: a single command string (JSON {@code cmd})
 * @param container the container to run in (JSON {@code container})
 * @param stdin standard input (secret in logs) (JSON {@code stdin})
 * @param timeout how long the command may run, whole seconds on the wire (JSON {@code timeout})
 * @param machine run in the machine rather than a container (newer API) (JSON {@code machine})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.ExecRequestReader.class)
public record ExecRequest(
        @JsonProperty("command") List<String> command,
        @JsonProperty("cmd") String cmd,
        @JsonProperty("container") String container,
        @JsonProperty("stdin") @Secret String stdin,
        @JsonProperty("timeout") @TimeJson(TimeJson.Form.SECONDS) Duration timeout,
        @JsonProperty("machine") Boolean machine,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ExecRequestBuilder.With {

    /** {@return an empty builder} */
    public static ExecRequestBuilder builder() {
        return new ExecRequestBuilder();
    }

    /**
     * A request for a command.
     *
     * @param command the command and its arguments
     * @return the request
     */
    public static ExecRequest of(String... command) {
        return builder().command(command).build();
    }

    @Override
    public String toString() {
        return ExecRequestBuilder.render(this);
    }
}
