package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.InitConfigReader.class)
public record InitConfig(
        @JsonProperty("exec") List<String> exec,
        @JsonProperty("entrypoint") List<String> entrypoint,
        @JsonProperty("cmd") List<String> cmd,
        @JsonProperty("tty") Boolean tty,
        @JsonProperty("swap_size_mb") Integer swapSizeMb,
        @JsonProperty("kernel_args") List<String> kernelArgs,
        @JsonAnyGetter Map<String, JsonNode> extra) implements InitConfigBuilder.With {

    /** {@return an empty builder} */
    public static InitConfigBuilder builder() {
        return new InitConfigBuilder();
    }

    @Override
    public String toString() {
        return InitConfigBuilder.render(this);
    }
}
