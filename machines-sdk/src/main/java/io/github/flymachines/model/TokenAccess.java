package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.List;
import java.util.Map;

/**
 * An access to check with {@code tokens().authorize(...)}.
 *
 * @param action the action bits: see the {@code READ}... constants (JSON {@code action})
 * @param appName the app accessed (JSON {@code app_name})
 * @param appFeature a feature of the app (needs appName) (JSON {@code app_feature})
 * @param command the command run on a machine (needs machineId) (JSON {@code command})
 * @param machineId the machine accessed (JSON {@code machine_id})
 * @param machineFeature a feature of the machine (needs machineId) (JSON {@code machine_feature})
 * @param mutation the GraphQL mutation (JSON {@code mutation})
 * @param orgSlug the organization accessed (JSON {@code org_slug})
 * @param orgFeature a feature of the organization (needs orgSlug) (JSON {@code org_feature})
 * @param sourceMachine the machine of the actor (JSON {@code source_machine})
 * @param storageObject the storage object (needs orgSlug) (JSON {@code storage_object})
 * @param volumeId the volume accessed (JSON {@code volume_id})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TokenAccess(
        @JsonProperty("action") Integer action,
        @JsonProperty("app_name") String appName,
        @JsonProperty("app_feature") String appFeature,
        @JsonProperty("command") List<String> command,
        @JsonProperty("machine_id") String machineId,
        @JsonProperty("machine_feature") String machineFeature,
        @JsonProperty("mutation") String mutation,
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("org_feature") String orgFeature,
        @JsonProperty("source_machine") String sourceMachine,
        @JsonProperty("storage_object") String storageObject,
        @JsonProperty("volume_id") String volumeId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param action the action bits: see the {@code READ}... constants (JSON {@code action})
     * @param appName the app accessed (JSON {@code app_name})
     * @param appFeature a feature of the app (needs appName) (JSON {@code app_feature})
     * @param command the command run on a machine (needs machineId) (JSON {@code command})
     * @param machineId the machine accessed (JSON {@code machine_id})
     * @param machineFeature a feature of the machine (needs machineId) (JSON {@code machine_feature})
     * @param mutation the GraphQL mutation (JSON {@code mutation})
     * @param orgSlug the organization accessed (JSON {@code org_slug})
     * @param orgFeature a feature of the organization (needs orgSlug) (JSON {@code org_feature})
     * @param sourceMachine the machine of the actor (JSON {@code source_machine})
     * @param storageObject the storage object (needs orgSlug) (JSON {@code storage_object})
     * @param volumeId the volume accessed (JSON {@code volume_id})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public TokenAccess {
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

    /** Builds a {@link TokenAccess}. */
    public static final class Builder {
        private Integer action;
        private String appName;
        private String appFeature;
        private List<String> command;
        private String machineId;
        private String machineFeature;
        private String mutation;
        private String orgSlug;
        private String orgFeature;
        private String sourceMachine;
        private String storageObject;
        private String volumeId;

        private Builder() {
        }

        /**
         * Sets {@code action}: the action bits: see the {@code READ}... constants.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder action(Integer value) {
            this.action = value;
            return this;
        }

        /**
         * Sets {@code app_name}: the app accessed.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder appName(String value) {
            this.appName = value;
            return this;
        }

        /**
         * Sets {@code app_feature}: a feature of the app (needs appName).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder appFeature(String value) {
            this.appFeature = value;
            return this;
        }

        /**
         * Sets {@code command}: the command run on a machine (needs machineId).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder command(List<String> value) {
            this.command = value;
            return this;
        }

        /**
         * Sets {@code machine_id}: the machine accessed.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder machineId(String value) {
            this.machineId = value;
            return this;
        }

        /**
         * Sets {@code machine_feature}: a feature of the machine (needs machineId).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder machineFeature(String value) {
            this.machineFeature = value;
            return this;
        }

        /**
         * Sets {@code mutation}: the GraphQL mutation.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder mutation(String value) {
            this.mutation = value;
            return this;
        }

        /**
         * Sets {@code org_slug}: the organization accessed.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder orgSlug(String value) {
            this.orgSlug = value;
            return this;
        }

        /**
         * Sets {@code org_feature}: a feature of the organization (needs orgSlug).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder orgFeature(String value) {
            this.orgFeature = value;
            return this;
        }

        /**
         * Sets {@code source_machine}: the machine of the actor.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder sourceMachine(String value) {
            this.sourceMachine = value;
            return this;
        }

        /**
         * Sets {@code storage_object}: the storage object (needs orgSlug).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder storageObject(String value) {
            this.storageObject = value;
            return this;
        }

        /**
         * Sets {@code volume_id}: the volume accessed.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder volumeId(String value) {
            this.volumeId = value;
            return this;
        }

        /** @return the request */
        public TokenAccess build() {
            return new TokenAccess(action, appName, appFeature, command, machineId, machineFeature, mutation, orgSlug, orgFeature, sourceMachine, storageObject, volumeId, null);
        }
    }

    /** Read. */
    public static final int READ = 1;
    /** Write. */
    public static final int WRITE = 2;
    /** Create. */
    public static final int CREATE = 4;
    /** Delete. */
    public static final int DELETE = 8;
    /** Control. */
    public static final int CONTROL = 16;
    /** Every action. */
    public static final int ALL = 31;

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("TokenAccess")
                .add("action", action)
                .add("appName", appName)
                .add("appFeature", appFeature)
                .add("command", command)
                .add("machineId", machineId)
                .add("machineFeature", machineFeature)
                .add("mutation", mutation)
                .add("orgSlug", orgSlug)
                .add("orgFeature", orgFeature)
                .add("sourceMachine", sourceMachine)
                .add("storageObject", storageObject)
                .add("volumeId", volumeId)
                .extra(extra)
                .toString();
    }
}
