package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.ProcessConfigReader.class)
public record ProcessConfig(
        @JsonProperty("exec") List<String> exec,
        @JsonProperty("entrypoint") List<String> entrypoint,
        @JsonProperty("cmd") List<String> cmd,
        @JsonProperty("user") String user,
        @JsonProperty("env") @Secret Map<String, String> env,
        @JsonProperty("secrets") List<SecretRef> secrets,
        @JsonProperty("ignore_app_secrets") Boolean ignoreAppSecrets,
        @JsonProperty("env_from") List<EnvFrom> envFrom,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ProcessConfigBuilder.With {

    /** {@return an empty builder} */
    public static ProcessConfigBuilder builder() {
        return new ProcessConfigBuilder();
    }

    @Override
    public String toString() {
        return ProcessConfigBuilder.render(this);
    }
}
