package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A file written into the guest before start: inline (base64), from a secret, or from the image
 * config.
 *
 * @param guestPath the path in the guest (JSON {@code guest_path})
 * @param rawValue base64 content (secret in logs) (JSON {@code raw_value})
 * @param secretName the secret holding the base64 content (JSON {@code secret_name})
 * @param imageConfig an image config value (JSON {@code image_config})
 * @param mode the file mode, e.g. 420 for 0644 (JSON {@code mode})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.MachineFileReader.class)
public record MachineFile(
        @JsonProperty("guest_path") String guestPath,
        @JsonProperty("raw_value") @Secret String rawValue,
        @JsonProperty("secret_name") String secretName,
        @JsonProperty("image_config") String imageConfig,
        @JsonProperty("mode") Integer mode,
        @JsonAnyGetter Map<String, JsonNode> extra) implements MachineFileBuilder.With {

    /** {@return an empty builder} */
    public static MachineFileBuilder builder() {
        return new MachineFileBuilder();
    }

    @Override
    public String toString() {
        return MachineFileBuilder.render(this);
    }
}
