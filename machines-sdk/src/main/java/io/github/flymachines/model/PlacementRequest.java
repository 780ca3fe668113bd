package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record PlacementRequest(
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("region") String region,
        @JsonProperty("compute") Guest compute,
        @JsonProperty("count") Integer count,
        @JsonProperty("volume_name") String volumeName,
        @JsonProperty("volume_size_bytes") Long volumeSizeBytes,
        @JsonProperty("weights") Map<String, Long> weights,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
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
    public PlacementRequest {
        weights = Models.map(weights);
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

    /** Builds a {@link PlacementRequest}. */
    public static final class Builder {
        private String orgSlug;
        private String region;
        private Guest compute;
        private Integer count;
        private String volumeName;
        private Long volumeSizeBytes;
        private Map<String, Long> weights;

        private Builder() {
        }

        /**
         * Sets {@code org_slug}: the organization (required).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder orgSlug(String value) {
            this.orgSlug = value;
            return this;
        }

        /**
         * Sets {@code region}: a region expression, e.g. {@code lhr,eu} (default: near the API endpoint, then any).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder region(String value) {
            this.region = value;
            return this;
        }

        /**
         * Sets {@code compute}: the machine size to simulate (default performance-1x).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder compute(Guest value) {
            this.compute = value;
            return this;
        }

        /**
         * Sets {@code count}: how many machines to place (0: the org limit per region).
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder count(Integer value) {
            this.count = value;
            return this;
        }

        /**
         * Sets {@code volume_name}: a volume name the machines need.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder volumeName(String value) {
            this.volumeName = value;
            return this;
        }

        /**
         * Sets {@code volume_size_bytes}: the volume size the machines need.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder volumeSizeBytes(Long value) {
            this.volumeSizeBytes = value;
            return this;
        }

        /**
         * Sets {@code weights}: placement preference weights, e.g. {@code region}, {@code spread}.
         *
         * @param value the value, or null to leave it unset
         * @return this
         */
        public Builder weights(Map<String, Long> value) {
            this.weights = value;
            return this;
        }

        /** @return the request */
        public PlacementRequest build() {
            return new PlacementRequest(orgSlug, region, compute, count, volumeName, volumeSizeBytes, weights, null);
        }
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("PlacementRequest")
                .add("orgSlug", orgSlug)
                .add("region", region)
                .add("compute", compute)
                .add("count", count)
                .add("volumeName", volumeName)
                .add("volumeSizeBytes", volumeSizeBytes)
                .add("weights", weights)
                .extra(extra)
                .toString();
    }
}
