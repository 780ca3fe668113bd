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
 * A command health check of a container.
 *
 * @param command the command (JSON {@code command})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExecHealthcheck(
        @JsonProperty("command") List<String> command,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param command the command (JSON {@code command})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ExecHealthcheck {
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
    public ExecHealthcheck withCommand(List<String> value) {
        return new ExecHealthcheck(value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ExecHealthcheck")
                .add("command", command)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ExecHealthcheck}. */
    public static final class Builder {
        private final List<String> command = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ExecHealthcheck r) {
            this.command.addAll(r.command);
            this.extra = r.extra;
        }

        /**
         * Sets {@code command}, replacing earlier values.
         *
         * @param values the command
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
         * @param values the command
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
         * Builds the record.
         *
         * @return a new {@link ExecHealthcheck}
         */
        public ExecHealthcheck build() {
            return new ExecHealthcheck(command, extra);
        }
    }
}
