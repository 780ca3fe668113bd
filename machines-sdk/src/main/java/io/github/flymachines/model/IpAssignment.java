package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * An IP address assigned to an app.
 *
 * @param ip the address (JSON {@code ip})
 * @param region the region, or {@code global} (JSON {@code region})
 * @param serviceName the service it routes to (JSON {@code service_name})
 * @param shared whether it is a shared address (JSON {@code shared})
 * @param createdAt when assigned (JSON {@code created_at})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IpAssignment(
        @JsonProperty("ip") String ip,
        @JsonProperty("region") String region,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("shared") Boolean shared,
        @JsonProperty("created_at") String createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param ip the address (JSON {@code ip})
     * @param region the region, or {@code global} (JSON {@code region})
     * @param serviceName the service it routes to (JSON {@code service_name})
     * @param shared whether it is a shared address (JSON {@code shared})
     * @param createdAt when assigned (JSON {@code created_at})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public IpAssignment {
        extra = Models.extra(extra);
    }

    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("IpAssignment")
                .add("ip", ip)
                .add("region", region)
                .add("serviceName", serviceName)
                .add("shared", shared)
                .add("createdAt", createdAt)
                .extra(extra)
                .toString();
    }
}
