package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A command to run in a Machine.
 *
 * @param command the command and its arguments (JSON {@code command})
 * @param cmd deprecated: a single command string (JSON {@code cmd})
 * @param container the container to run in (JSON {@code container})
 * @param stdin standard input (secret in logs) (JSON {@code stdin})
 * @param timeout seconds to allow (JSON {@code timeout})
 * @param machine run in the machine rather than a container (newer API) (JSON {@code machine})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExecRequest(
        @JsonProperty("command") List<String> command,
        @JsonProperty("cmd") String cmd,
        @JsonProperty("container") String container,
        @JsonProperty("stdin") String stdin,
        @JsonProperty("timeout") Integer timeout,
        @JsonProperty("machine") Boolean machine,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param command the command and its arguments (JSON {@code command})
     * @param cmd deprecated: a single command string (JSON {@code cmd})
     * @param container the container to run in (JSON {@code container})
     * @param stdin standard input (secret in logs) (JSON {@code stdin})
     * @param timeout seconds to allow (JSON {@code timeout})
     * @param machine run in the machine rather than a container (newer API) (JSON {@code machine})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ExecRequest {
        command = Models.list(command);
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
     * Returns a copy with {@code command} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ExecRequest withCommand(List<String> value) {
        return new ExecRequest(value, cmd, container, stdin, timeout, machine, extra);
    }

    /**
     * Returns a copy with {@code cmd} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ExecRequest withCmd(String value) {
        return new ExecRequest(command, value, container, stdin, timeout, machine, extra);
    }

    /**
     * Returns a copy with {@code container} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ExecRequest withContainer(String value) {
        return new ExecRequest(command, cmd, value, stdin, timeout, machine, extra);
    }

    /**
     * Returns a copy with {@code stdin} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ExecRequest withStdin(String value) {
        return new ExecRequest(command, cmd, container, value, timeout, machine, extra);
    }

    /**
     * Returns a copy with {@code timeout} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ExecRequest withTimeout(Integer value) {
        return new ExecRequest(command, cmd, container, stdin, value, machine, extra);
    }

    /**
     * Returns a copy with {@code machine} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ExecRequest withMachine(Boolean value) {
        return new ExecRequest(command, cmd, container, stdin, timeout, value, extra);
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


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ExecRequest")
                .add("command", command)
                .add("cmd", cmd)
                .add("container", container)
                .secret("stdin", stdin)
                .add("timeout", timeout)
                .add("machine", machine)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ExecRequest}. */
    public static final class Builder {
        private final List<String> command = new ArrayList<>();
        private String cmd;
        private String container;
        private String stdin;
        private Integer timeout;
        private Boolean machine;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ExecRequest r) {
            this.command.addAll(r.command);
            this.cmd = r.cmd;
            this.container = r.container;
            this.stdin = r.stdin;
            this.timeout = r.timeout;
            this.machine = r.machine;
            this.extra = r.extra;
        }

        /**
         * Sets {@code command}, replacing earlier values.
         *
         * @param values the command and its arguments
         * @return this
         */
        public Builder command(List<? extends String> values) {
            this.command.clear();
            if (values != null) {
                this.command.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code command}, replacing earlier values.
         *
         * @param values the command and its arguments
         * @return this
         */
        public Builder command(String... values) {
            return command(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code command}.
         *
         * @param value the element
         * @return this
         */
        public Builder addCommand(String value) {
            this.command.add(value);
            return this;
        }

        /**
         * Sets {@code cmd}.
         *
         * @param value deprecated: a single command string
         * @return this
         */
        public Builder cmd(String value) {
            this.cmd = value;
            return this;
        }

        /**
         * Sets {@code container}.
         *
         * @param value the container to run in
         * @return this
         */
        public Builder container(String value) {
            this.container = value;
            return this;
        }

        /**
         * Sets {@code stdin}.
         *
         * @param value standard input (secret in logs)
         * @return this
         */
        public Builder stdin(String value) {
            this.stdin = value;
            return this;
        }

        /**
         * Sets {@code timeout}.
         *
         * @param value seconds to allow
         * @return this
         */
        public Builder timeout(Integer value) {
            this.timeout = value;
            return this;
        }

        /**
         * Sets {@code machine}.
         *
         * @param value run in the machine rather than a container (newer API)
         * @return this
         */
        public Builder machine(Boolean value) {
            this.machine = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ExecRequest}
         */
        public ExecRequest build() {
            return new ExecRequest(command, cmd, container, stdin, timeout, machine, extra);
        }
    }
}
