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
 * How the init process starts the main program (overrides of the image's entrypoint and command).
 *
 * @param exec the full command to exec, replacing entrypoint and cmd (JSON {@code exec})
 * @param entrypoint the entrypoint override (JSON {@code entrypoint})
 * @param cmd the command override (JSON {@code cmd})
 * @param tty whether to allocate a TTY (JSON {@code tty})
 * @param swapSizeMb swap size in MB (JSON {@code swap_size_mb})
 * @param kernelArgs extra kernel arguments (JSON {@code kernel_args})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InitConfig(
        @JsonProperty("exec") List<String> exec,
        @JsonProperty("entrypoint") List<String> entrypoint,
        @JsonProperty("cmd") List<String> cmd,
        @JsonProperty("tty") Boolean tty,
        @JsonProperty("swap_size_mb") Integer swapSizeMb,
        @JsonProperty("kernel_args") List<String> kernelArgs,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param exec the full command to exec, replacing entrypoint and cmd (JSON {@code exec})
     * @param entrypoint the entrypoint override (JSON {@code entrypoint})
     * @param cmd the command override (JSON {@code cmd})
     * @param tty whether to allocate a TTY (JSON {@code tty})
     * @param swapSizeMb swap size in MB (JSON {@code swap_size_mb})
     * @param kernelArgs extra kernel arguments (JSON {@code kernel_args})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public InitConfig {
        exec = Models.list(exec);
        entrypoint = Models.list(entrypoint);
        cmd = Models.list(cmd);
        kernelArgs = Models.list(kernelArgs);
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
     * Returns a copy with {@code exec} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public InitConfig withExec(List<String> value) {
        return new InitConfig(value, entrypoint, cmd, tty, swapSizeMb, kernelArgs, extra);
    }

    /**
     * Returns a copy with {@code entrypoint} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public InitConfig withEntrypoint(List<String> value) {
        return new InitConfig(exec, value, cmd, tty, swapSizeMb, kernelArgs, extra);
    }

    /**
     * Returns a copy with {@code cmd} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public InitConfig withCmd(List<String> value) {
        return new InitConfig(exec, entrypoint, value, tty, swapSizeMb, kernelArgs, extra);
    }

    /**
     * Returns a copy with {@code tty} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public InitConfig withTty(Boolean value) {
        return new InitConfig(exec, entrypoint, cmd, value, swapSizeMb, kernelArgs, extra);
    }

    /**
     * Returns a copy with {@code swap_size_mb} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public InitConfig withSwapSizeMb(Integer value) {
        return new InitConfig(exec, entrypoint, cmd, tty, value, kernelArgs, extra);
    }

    /**
     * Returns a copy with {@code kernel_args} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public InitConfig withKernelArgs(List<String> value) {
        return new InitConfig(exec, entrypoint, cmd, tty, swapSizeMb, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("InitConfig")
                .add("exec", exec)
                .add("entrypoint", entrypoint)
                .add("cmd", cmd)
                .add("tty", tty)
                .add("swapSizeMb", swapSizeMb)
                .add("kernelArgs", kernelArgs)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link InitConfig}. */
    public static final class Builder {
        private final List<String> exec = new ArrayList<>();
        private final List<String> entrypoint = new ArrayList<>();
        private final List<String> cmd = new ArrayList<>();
        private Boolean tty;
        private Integer swapSizeMb;
        private final List<String> kernelArgs = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(InitConfig r) {
            this.exec.addAll(r.exec);
            this.entrypoint.addAll(r.entrypoint);
            this.cmd.addAll(r.cmd);
            this.tty = r.tty;
            this.swapSizeMb = r.swapSizeMb;
            this.kernelArgs.addAll(r.kernelArgs);
            this.extra = r.extra;
        }

        /**
         * Sets {@code exec}, replacing earlier values.
         *
         * @param values the full command to exec, replacing entrypoint and cmd
         * @return this
         */
        public Builder exec(List<? extends String> values) {
            this.exec.clear();
            if (values != null) {
                this.exec.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code exec}, replacing earlier values.
         *
         * @param values the full command to exec, replacing entrypoint and cmd
         * @return this
         */
        public Builder exec(String... values) {
            return exec(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code exec}.
         *
         * @param value the element
         * @return this
         */
        public Builder addExec(String value) {
            this.exec.add(value);
            return this;
        }

        /**
         * Sets {@code entrypoint}, replacing earlier values.
         *
         * @param values the entrypoint override
         * @return this
         */
        public Builder entrypoint(List<? extends String> values) {
            this.entrypoint.clear();
            if (values != null) {
                this.entrypoint.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code entrypoint}, replacing earlier values.
         *
         * @param values the entrypoint override
         * @return this
         */
        public Builder entrypoint(String... values) {
            return entrypoint(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code entrypoint}.
         *
         * @param value the element
         * @return this
         */
        public Builder addEntrypoint(String value) {
            this.entrypoint.add(value);
            return this;
        }

        /**
         * Sets {@code cmd}, replacing earlier values.
         *
         * @param values the command override
         * @return this
         */
        public Builder cmd(List<? extends String> values) {
            this.cmd.clear();
            if (values != null) {
                this.cmd.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code cmd}, replacing earlier values.
         *
         * @param values the command override
         * @return this
         */
        public Builder cmd(String... values) {
            return cmd(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code cmd}.
         *
         * @param value the element
         * @return this
         */
        public Builder addCmd(String value) {
            this.cmd.add(value);
            return this;
        }

        /**
         * Sets {@code tty}.
         *
         * @param value whether to allocate a TTY
         * @return this
         */
        public Builder tty(Boolean value) {
            this.tty = value;
            return this;
        }

        /**
         * Sets {@code swap_size_mb}.
         *
         * @param value swap size in MB
         * @return this
         */
        public Builder swapSizeMb(Integer value) {
            this.swapSizeMb = value;
            return this;
        }

        /**
         * Sets {@code kernel_args}, replacing earlier values.
         *
         * @param values extra kernel arguments
         * @return this
         */
        public Builder kernelArgs(List<? extends String> values) {
            this.kernelArgs.clear();
            if (values != null) {
                this.kernelArgs.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code kernel_args}, replacing earlier values.
         *
         * @param values extra kernel arguments
         * @return this
         */
        public Builder kernelArgs(String... values) {
            return kernelArgs(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code kernel_args}.
         *
         * @param value the element
         * @return this
         */
        public Builder addKernelArg(String value) {
            this.kernelArgs.add(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link InitConfig}
         */
        public InitConfig build() {
            return new InitConfig(exec, entrypoint, cmd, tty, swapSizeMb, kernelArgs, extra);
        }
    }
}
