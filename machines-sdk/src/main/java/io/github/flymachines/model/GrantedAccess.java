package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * The access a token was found to grant.
 *
 * @param action the action bits (JSON {@code action})
 * @param orgId the organization id (JSON {@code orgid})
 * @param appId the app id (JSON {@code appid})
 * @param appFeature the app feature (JSON {@code app_feature})
 * @param cluster the cluster (JSON {@code cluster})
 * @param command the command (JSON {@code command})
 * @param feature the org feature (JSON {@code feature})
 * @param machine the machine (JSON {@code machine})
 * @param machineFeature the machine feature (JSON {@code machine_feature})
 * @param mutation the mutation (JSON {@code mutation})
 * @param sourceApp the actor's app (JSON {@code sourceApp})
 * @param sourceMachine the actor's machine (JSON {@code sourceMachine})
 * @param sourceOrganization the actor's organization (JSON {@code sourceOrganization})
 * @param storageObject the storage object (JSON {@code storage_object})
 * @param volume the volume (JSON {@code volume})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.GrantedAccessReader.class)
public record GrantedAccess(
        @JsonProperty("action") Integer action,
        @JsonProperty("orgid") Long orgId,
        @JsonProperty("appid") Long appId,
        @JsonProperty("app_feature") String appFeature,
        @JsonProperty("cluster") String cluster,
        @JsonProperty("command") List<String> command,
        @JsonProperty("feature") String feature,
        @JsonProperty("machine") String machine,
        @JsonProperty("machine_feature") String machineFeature,
        @JsonProperty("mutation") String mutation,
        @JsonProperty("sourceApp") String sourceApp,
        @JsonProperty("sourceMachine") String sourceMachine,
        @JsonProperty("sourceOrganization") String sourceOrganization,
        @JsonProperty("storage_object") String storageObject,
        @JsonProperty("volume") String volume,
        @JsonAnyGetter Map<String, JsonNode> extra) implements GrantedAccessBuilder.With {

    /** {@return an empty builder} */
    public static GrantedAccessBuilder builder() {
        return new GrantedAccessBuilder();
    }

    @Override
    public String toString() {
        return GrantedAccessBuilder.render(this);
    }
}
