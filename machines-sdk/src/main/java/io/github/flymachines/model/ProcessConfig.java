package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A process of a multi-process Machine.
 *
 * @param exec the full command (JSON {@code exec})
 * @param entrypoint the entrypoint override (JSON {@code entrypoint})
 * @param cmd the command override (JSON {@code cmd})
 * @param user the user to run as (JSON {@code user})
 * @param env environment variables (values are secret in logs) (JSON {@code env})
 * @param secrets secrets exposed as environment variables (JSON {@code secrets})
 * @param ignoreAppSecrets whether to hide the app's secrets from this process (JSON {@code
 *        ignore_app_secrets})
 * @param envFrom environment variables from machine fields (JSON {@code env_from})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProcessConfig(
        @JsonProperty("exec") List<String> exec,
        @JsonProperty("entrypoint") List<String> entrypoint,
        @JsonProperty("cmd") List<String> cmd,
        @JsonProperty("user") String user,
        @JsonProperty("env") Map<String, String> env,
        @JsonProperty("secrets") List<SecretRef> secrets,
        @JsonProperty("ignore_app_secrets") Boolean ignoreAppSecrets,
        @JsonProperty("env_from") List<EnvFrom> envFrom,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param exec the full command (JSON {@code exec})
     * @param entrypoint the entrypoint override (JSON {@code entrypoint})
     * @param cmd the command override (JSON {@code cmd})
     * @param user the user to run as (JSON {@code user})
     * @param env environment variables (values are secret in logs) (JSON {@code env})
     * @param secrets secrets exposed as environment variables (JSON {@code secrets})
     * @param ignoreAppSecrets whether to hide the app's secrets from this process (JSON {@code
     *        ignore_app_secrets})
     * @param envFrom environment variables from machine fields (JSON {@code env_from})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ProcessConfig {
        exec = Models.list(exec);
        entrypoint = Models.list(entrypoint);
        cmd = Models.list(cmd);
        env = Models.map(env);
        secrets = Models.list(secrets);
        envFrom = Models.list(envFrom);
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
    public ProcessConfig withExec(List<String> value) {
        return new ProcessConfig(value, entrypoint, cmd, user, env, secrets, ignoreAppSecrets, envFrom, extra);
    }

    /**
     * Returns a copy with {@code entrypoint} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProcessConfig withEntrypoint(List<String> value) {
        return new ProcessConfig(exec, value, cmd, user, env, secrets, ignoreAppSecrets, envFrom, extra);
    }

    /**
     * Returns a copy with {@code cmd} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProcessConfig withCmd(List<String> value) {
        return new ProcessConfig(exec, entrypoint, value, user, env, secrets, ignoreAppSecrets, envFrom, extra);
    }

    /**
     * Returns a copy with {@code user} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProcessConfig withUser(String value) {
        return new ProcessConfig(exec, entrypoint, cmd, value, env, secrets, ignoreAppSecrets, envFrom, extra);
    }

    /**
     * Returns a copy with {@code env} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProcessConfig withEnv(Map<String, String> value) {
        return new ProcessConfig(exec, entrypoint, cmd, user, value, secrets, ignoreAppSecrets, envFrom, extra);
    }

    /**
     * Returns a copy with {@code secrets} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProcessConfig withSecrets(List<SecretRef> value) {
        return new ProcessConfig(exec, entrypoint, cmd, user, env, value, ignoreAppSecrets, envFrom, extra);
    }

    /**
     * Returns a copy with {@code ignore_app_secrets} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProcessConfig withIgnoreAppSecrets(Boolean value) {
        return new ProcessConfig(exec, entrypoint, cmd, user, env, secrets, value, envFrom, extra);
    }

    /**
     * Returns a copy with {@code env_from} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ProcessConfig withEnvFrom(List<EnvFrom> value) {
        return new ProcessConfig(exec, entrypoint, cmd, user, env, secrets, ignoreAppSecrets, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ProcessConfig")
                .add("exec", exec)
                .add("entrypoint", entrypoint)
                .add("cmd", cmd)
                .add("user", user)
                .secretValues("env", env)
                .add("secrets", secrets)
                .add("ignoreAppSecrets", ignoreAppSecrets)
                .add("envFrom", envFrom)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ProcessConfig}. */
    public static final class Builder {
        private final List<String> exec = new ArrayList<>();
        private final List<String> entrypoint = new ArrayList<>();
        private final List<String> cmd = new ArrayList<>();
        private String user;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<SecretRef> secrets = new ArrayList<>();
        private Boolean ignoreAppSecrets;
        private final List<EnvFrom> envFrom = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ProcessConfig r) {
            this.exec.addAll(r.exec);
            this.entrypoint.addAll(r.entrypoint);
            this.cmd.addAll(r.cmd);
            this.user = r.user;
            this.env.putAll(r.env);
            this.secrets.addAll(r.secrets);
            this.ignoreAppSecrets = r.ignoreAppSecrets;
            this.envFrom.addAll(r.envFrom);
            this.extra = r.extra;
        }

        /**
         * Sets {@code exec}, replacing earlier values.
         *
         * @param values the full command
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
         * @param values the full command
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
         * Sets {@code user}.
         *
         * @param value the user to run as
         * @return this
         */
        public Builder user(String value) {
            this.user = value;
            return this;
        }

        /**
         * Sets {@code env}, replacing earlier entries.
         *
         * @param values environment variables (values are secret in logs)
         * @return this
         */
        public Builder env(Map<String, ? extends String> values) {
            this.env.clear();
            if (values != null) {
                this.env.putAll(values);
            }
            return this;
        }

        /**
         * Adds or replaces one entry of {@code env}.
         *
         * @param key the key
         * @param value the value
         * @return this
         */
        public Builder putEnv(String key, String value) {
            this.env.put(key, value);
            return this;
        }

        /**
         * Sets {@code secrets}, replacing earlier values.
         *
         * @param values secrets exposed as environment variables
         * @return this
         */
        public Builder secrets(List<? extends SecretRef> values) {
            this.secrets.clear();
            if (values != null) {
                this.secrets.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code secrets}, replacing earlier values.
         *
         * @param values secrets exposed as environment variables
         * @return this
         */
        public Builder secrets(SecretRef... values) {
            return secrets(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code secrets}.
         *
         * @param value the element
         * @return this
         */
        public Builder addSecret(SecretRef value) {
            this.secrets.add(value);
            return this;
        }

        /**
         * Sets {@code ignore_app_secrets}.
         *
         * @param value whether to hide the app's secrets from this process
         * @return this
         */
        public Builder ignoreAppSecrets(Boolean value) {
            this.ignoreAppSecrets = value;
            return this;
        }

        /**
         * Sets {@code env_from}, replacing earlier values.
         *
         * @param values environment variables from machine fields
         * @return this
         */
        public Builder envFrom(List<? extends EnvFrom> values) {
            this.envFrom.clear();
            if (values != null) {
                this.envFrom.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code env_from}, replacing earlier values.
         *
         * @param values environment variables from machine fields
         * @return this
         */
        public Builder envFrom(EnvFrom... values) {
            return envFrom(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code env_from}.
         *
         * @param value the element
         * @return this
         */
        public Builder addEnvFrom(EnvFrom value) {
            this.envFrom.add(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ProcessConfig}
         */
        public ProcessConfig build() {
            return new ProcessConfig(exec, entrypoint, cmd, user, env, secrets, ignoreAppSecrets, envFrom, extra);
        }
    }
}
