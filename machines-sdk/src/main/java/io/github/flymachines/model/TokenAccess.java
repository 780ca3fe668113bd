package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.TokenAccessReader.class)
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
        @JsonAnyGetter Map<String, JsonNode> extra) implements TokenAccessBuilder.With {

    /** {@return an empty builder} */
    public static TokenAccessBuilder builder() {
        return new TokenAccessBuilder();
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

    @Override
    public String toString() {
        return TokenAccessBuilder.render(this);
    }
}
