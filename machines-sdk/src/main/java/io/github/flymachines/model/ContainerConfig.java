package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.ContainerConfigReader.class)
public record ContainerConfig(
        @JsonProperty("name") String name,
        @JsonProperty("image") String image,
        @JsonProperty("exec") List<String> exec,
        @JsonProperty("entrypoint") List<String> entrypoint,
        @JsonProperty("cmd") List<String> cmd,
        @JsonProperty("user") String user,
        @JsonProperty("env") @Secret Map<String, String> env,
        @JsonProperty("env_from") List<EnvFrom> envFrom,
        @JsonProperty("secrets") List<SecretRef> secrets,
        @JsonProperty("files") List<MachineFile> files,
        @JsonProperty("restart") RestartConfig restart,
        @JsonProperty("stop") StopConfig stop,
        @JsonProperty("depends_on") List<ContainerDependency> dependsOn,
        @JsonProperty("healthchecks") List<ContainerHealthcheck> healthchecks,
        @JsonProperty("mounts") List<ContainerMount> mounts,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ContainerConfigBuilder.With {

    /** {@return an empty builder} */
    public static ContainerConfigBuilder builder() {
        return new ContainerConfigBuilder();
    }

    @Override
    public String toString() {
        return ContainerConfigBuilder.render(this);
    }
}
