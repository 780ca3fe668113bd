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
 * A container of a multi-container Machine (restricted to some organizations).
 *
 * @param name the container name (JSON {@code name})
 * @param image the image (JSON {@code image})
 * @param exec the full command (JSON {@code exec})
 * @param entrypoint the entrypoint override (JSON {@code entrypoint})
 * @param cmd the command override (JSON {@code cmd})
 * @param user the user (JSON {@code user})
 * @param env environment variables (values are secret in logs) (JSON {@code env})
 * @param envFrom environment variables from machine fields (JSON {@code env_from})
 * @param secrets secrets exposed as environment variables (JSON {@code secrets})
 * @param files files to write (JSON {@code files})
 * @param restart the restart policy (JSON {@code restart})
 * @param stop the stop settings (JSON {@code stop})
 * @param dependsOn containers to wait for (JSON {@code depends_on})
 * @param healthchecks health checks (JSON {@code healthchecks})
 * @param mounts volume mounts (JSON {@code mounts})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerConfig(
        @JsonProperty("name") String name,
        @JsonProperty("image") String image,
        @JsonProperty("exec") List<String> exec,
        @JsonProperty("entrypoint") List<String> entrypoint,
        @JsonProperty("cmd") List<String> cmd,
        @JsonProperty("user") String user,
        @JsonProperty("env") Map<String, String> env,
        @JsonProperty("env_from") List<EnvFrom> envFrom,
        @JsonProperty("secrets") List<SecretRef> secrets,
        @JsonProperty("files") List<MachineFile> files,
        @JsonProperty("restart") RestartConfig restart,
        @JsonProperty("stop") StopConfig stop,
        @JsonProperty("depends_on") List<ContainerDependency> dependsOn,
        @JsonProperty("healthchecks") List<ContainerHealthcheck> healthchecks,
        @JsonProperty("mounts") List<ContainerMount> mounts,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param name the container name (JSON {@code name})
     * @param image the image (JSON {@code image})
     * @param exec the full command (JSON {@code exec})
     * @param entrypoint the entrypoint override (JSON {@code entrypoint})
     * @param cmd the command override (JSON {@code cmd})
     * @param user the user (JSON {@code user})
     * @param env environment variables (values are secret in logs) (JSON {@code env})
     * @param envFrom environment variables from machine fields (JSON {@code env_from})
     * @param secrets secrets exposed as environment variables (JSON {@code secrets})
     * @param files files to write (JSON {@code files})
     * @param restart the restart policy (JSON {@code restart})
     * @param stop the stop settings (JSON {@code stop})
     * @param dependsOn containers to wait for (JSON {@code depends_on})
     * @param healthchecks health checks (JSON {@code healthchecks})
     * @param mounts volume mounts (JSON {@code mounts})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ContainerConfig {
        exec = Models.list(exec);
        entrypoint = Models.list(entrypoint);
        cmd = Models.list(cmd);
        env = Models.map(env);
        envFrom = Models.list(envFrom);
        secrets = Models.list(secrets);
        files = Models.list(files);
        dependsOn = Models.list(dependsOn);
        healthchecks = Models.list(healthchecks);
        mounts = Models.list(mounts);
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
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withName(String value) {
        return new ContainerConfig(value, image, exec, entrypoint, cmd, user, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code image} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withImage(String value) {
        return new ContainerConfig(name, value, exec, entrypoint, cmd, user, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code exec} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withExec(List<String> value) {
        return new ContainerConfig(name, image, value, entrypoint, cmd, user, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code entrypoint} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withEntrypoint(List<String> value) {
        return new ContainerConfig(name, image, exec, value, cmd, user, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code cmd} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withCmd(List<String> value) {
        return new ContainerConfig(name, image, exec, entrypoint, value, user, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code user} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withUser(String value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, value, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code env} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withEnv(Map<String, String> value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, value, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code env_from} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withEnvFrom(List<EnvFrom> value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, value, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code secrets} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withSecrets(List<SecretRef> value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, value, files, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code files} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withFiles(List<MachineFile> value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, secrets, value, restart, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code restart} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withRestart(RestartConfig value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, secrets, files, value, stop, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code stop} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withStop(StopConfig value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, secrets, files, restart, value, dependsOn, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code depends_on} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withDependsOn(List<ContainerDependency> value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, secrets, files, restart, stop, value, healthchecks, mounts, extra);
    }

    /**
     * Returns a copy with {@code healthchecks} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withHealthchecks(List<ContainerHealthcheck> value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, secrets, files, restart, stop, dependsOn, value, mounts, extra);
    }

    /**
     * Returns a copy with {@code mounts} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public ContainerConfig withMounts(List<ContainerMount> value) {
        return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ContainerConfig")
                .add("name", name)
                .add("image", image)
                .add("exec", exec)
                .add("entrypoint", entrypoint)
                .add("cmd", cmd)
                .add("user", user)
                .secretValues("env", env)
                .add("envFrom", envFrom)
                .add("secrets", secrets)
                .add("files", files)
                .add("restart", restart)
                .add("stop", stop)
                .add("dependsOn", dependsOn)
                .add("healthchecks", healthchecks)
                .add("mounts", mounts)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link ContainerConfig}. */
    public static final class Builder {
        private String name;
        private String image;
        private final List<String> exec = new ArrayList<>();
        private final List<String> entrypoint = new ArrayList<>();
        private final List<String> cmd = new ArrayList<>();
        private String user;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<EnvFrom> envFrom = new ArrayList<>();
        private final List<SecretRef> secrets = new ArrayList<>();
        private final List<MachineFile> files = new ArrayList<>();
        private RestartConfig restart;
        private StopConfig stop;
        private final List<ContainerDependency> dependsOn = new ArrayList<>();
        private final List<ContainerHealthcheck> healthchecks = new ArrayList<>();
        private final List<ContainerMount> mounts = new ArrayList<>();
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(ContainerConfig r) {
            this.name = r.name;
            this.image = r.image;
            this.exec.addAll(r.exec);
            this.entrypoint.addAll(r.entrypoint);
            this.cmd.addAll(r.cmd);
            this.user = r.user;
            this.env.putAll(r.env);
            this.envFrom.addAll(r.envFrom);
            this.secrets.addAll(r.secrets);
            this.files.addAll(r.files);
            this.restart = r.restart;
            this.stop = r.stop;
            this.dependsOn.addAll(r.dependsOn);
            this.healthchecks.addAll(r.healthchecks);
            this.mounts.addAll(r.mounts);
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the container name
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code image}.
         *
         * @param value the image
         * @return this
         */
        public Builder image(String value) {
            this.image = value;
            return this;
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
         * @param value the user
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
         * Sets {@code files}, replacing earlier values.
         *
         * @param values files to write
         * @return this
         */
        public Builder files(List<? extends MachineFile> values) {
            this.files.clear();
            if (values != null) {
                this.files.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code files}, replacing earlier values.
         *
         * @param values files to write
         * @return this
         */
        public Builder files(MachineFile... values) {
            return files(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code files}.
         *
         * @param value the element
         * @return this
         */
        public Builder addFile(MachineFile value) {
            this.files.add(value);
            return this;
        }

        /**
         * Sets {@code restart}.
         *
         * @param value the restart policy
         * @return this
         */
        public Builder restart(RestartConfig value) {
            this.restart = value;
            return this;
        }

        /**
         * Sets {@code stop}.
         *
         * @param value the stop settings
         * @return this
         */
        public Builder stop(StopConfig value) {
            this.stop = value;
            return this;
        }

        /**
         * Sets {@code depends_on}, replacing earlier values.
         *
         * @param values containers to wait for
         * @return this
         */
        public Builder dependsOn(List<? extends ContainerDependency> values) {
            this.dependsOn.clear();
            if (values != null) {
                this.dependsOn.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code depends_on}, replacing earlier values.
         *
         * @param values containers to wait for
         * @return this
         */
        public Builder dependsOn(ContainerDependency... values) {
            return dependsOn(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code depends_on}.
         *
         * @param value the element
         * @return this
         */
        public Builder addDependsOn(ContainerDependency value) {
            this.dependsOn.add(value);
            return this;
        }

        /**
         * Sets {@code healthchecks}, replacing earlier values.
         *
         * @param values health checks
         * @return this
         */
        public Builder healthchecks(List<? extends ContainerHealthcheck> values) {
            this.healthchecks.clear();
            if (values != null) {
                this.healthchecks.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code healthchecks}, replacing earlier values.
         *
         * @param values health checks
         * @return this
         */
        public Builder healthchecks(ContainerHealthcheck... values) {
            return healthchecks(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code healthchecks}.
         *
         * @param value the element
         * @return this
         */
        public Builder addHealthcheck(ContainerHealthcheck value) {
            this.healthchecks.add(value);
            return this;
        }

        /**
         * Sets {@code mounts}, replacing earlier values.
         *
         * @param values volume mounts
         * @return this
         */
        public Builder mounts(List<? extends ContainerMount> values) {
            this.mounts.clear();
            if (values != null) {
                this.mounts.addAll(values);
            }
            return this;
        }

        /**
         * Sets {@code mounts}, replacing earlier values.
         *
         * @param values volume mounts
         * @return this
         */
        public Builder mounts(ContainerMount... values) {
            return mounts(Arrays.asList(values));
        }

        /**
         * Adds one element to {@code mounts}.
         *
         * @param value the element
         * @return this
         */
        public Builder addMount(ContainerMount value) {
            this.mounts.add(value);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link ContainerConfig}
         */
        public ContainerConfig build() {
            return new ContainerConfig(name, image, exec, entrypoint, cmd, user, env, envFrom, secrets, files, restart, stop, dependsOn, healthchecks, mounts, extra);
        }
    }
}
