package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A simulated placement: where could machines of this size go?
 *
 * @param orgSlug the organization (required) (JSON {@code org_slug})
 * @param region a region expression, e.g. {@code lhr,eu} (default: near the API endpoint, then any) (JSON {@code region})
 * @param compute the machine size to simulate (default performance-1x) (JSON {@code compute})
 * @param count how many machines to place (0: the org limit per region) (JSON {@code count})
 * @param volumeName a volume name the machines need (JSON {@code volume_name})
 * @param volumeSizeBytes the volume size the machines need (JSON {@code volume_size_bytes})
 * @param weights placement preference weights, e.g. {@code region}, {@code spread} (JSON {@code weights})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.PlacementRequestReader.class)
public record PlacementRequest(
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("region") String region,
        @JsonProperty("compute") Guest compute,
        @JsonProperty("count") Integer count,
        @JsonProperty("volume_name") String volumeName,
        @JsonProperty("volume_size_bytes") Long volumeSizeBytes,
        @JsonProperty("weights") Map<String, Long> weights,
        @JsonAnyGetter Map<String, JsonNode> extra) implements PlacementRequestBuilder.With {

    /** {@return an empty builder} */
    public static PlacementRequestBuilder builder() {
        return new PlacementRequestBuilder();
    }

    @Override
    public String toString() {
        return PlacementRequestBuilder.render(this);
    }
}
