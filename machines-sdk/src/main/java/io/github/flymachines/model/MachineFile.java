package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record MachineFile(
        @JsonProperty("guest_path") String guestPath,
        @JsonProperty("raw_value") String rawValue,
        @JsonProperty("secret_name") String secretName,
        @JsonProperty("image_config") String imageConfig,
        @JsonProperty("mode") Integer mode,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param guestPath the path in the guest (JSON {@code guest_path})
     * @param rawValue base64 content (secret in logs) (JSON {@code raw_value})
     * @param secretName the secret holding the base64 content (JSON {@code secret_name})
     * @param imageConfig an image config value (JSON {@code image_config})
     * @param mode the file mode, e.g. 420 for 0644 (JSON {@code mode})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public MachineFile {
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
     * Returns a copy with {@code guest_path} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineFile withGuestPath(String value) {
        return new MachineFile(value, rawValue, secretName, imageConfig, mode, extra);
    }

    /**
     * Returns a copy with {@code raw_value} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineFile withRawValue(String value) {
        return new MachineFile(guestPath, value, secretName, imageConfig, mode, extra);
    }

    /**
     * Returns a copy with {@code secret_name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineFile withSecretName(String value) {
        return new MachineFile(guestPath, rawValue, value, imageConfig, mode, extra);
    }

    /**
     * Returns a copy with {@code image_config} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineFile withImageConfig(String value) {
        return new MachineFile(guestPath, rawValue, secretName, value, mode, extra);
    }

    /**
     * Returns a copy with {@code mode} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public MachineFile withMode(Integer value) {
        return new MachineFile(guestPath, rawValue, secretName, imageConfig, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("MachineFile")
                .add("guestPath", guestPath)
                .secret("rawValue", rawValue)
                .add("secretName", secretName)
                .add("imageConfig", imageConfig)
                .add("mode", mode)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link MachineFile}. */
    public static final class Builder {
        private String guestPath;
        private String rawValue;
        private String secretName;
        private String imageConfig;
        private Integer mode;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(MachineFile r) {
            this.guestPath = r.guestPath;
            this.rawValue = r.rawValue;
            this.secretName = r.secretName;
            this.imageConfig = r.imageConfig;
            this.mode = r.mode;
            this.extra = r.extra;
        }

        /**
         * Sets {@code guest_path}.
         *
         * @param value the path in the guest
         * @return this
         */
        public Builder guestPath(String value) {
            this.guestPath = value;
            return this;
        }

        /**
         * Sets {@code raw_value}.
         *
         * @param value base64 content (secret in logs)
         * @return this
         */
        public Builder rawValue(String value) {
            this.rawValue = value;
            return this;
        }

        /**
         * Sets {@code secret_name}.
         *
         * @param value the secret holding the base64 content
         * @return this
         */
        public Builder secretName(String value) {
            this.secretName = value;
            return this;
        }

        /**
         * Sets {@code image_config}.
         *
         * @param value an image config value
         * @return this
         */
        public Builder imageConfig(String value) {
            this.imageConfig = value;
            return this;
        }

        /**
         * Sets {@code mode}.
         *
         * @param value the file mode, e.g. 420 for 0644
         * @return this
         */
        public Builder mode(Integer value) {
            this.mode = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link MachineFile}
         */
        public MachineFile build() {
            return new MachineFile(guestPath, rawValue, secretName, imageConfig, mode, extra);
        }
    }
}
