package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.Map;

/**
 * An IP address assigned to an app.
 *
 * @param ip the address (JSON {@code ip})
 * @param region the region, or {@code global} (JSON {@code region})
 * @param serviceName the service it routes to (JSON {@code service_name})
 * @param shared whether it is a shared address (JSON {@code shared})
 * @param createdAt when assigned (JSON {@code created_at})
 * @param rawTimes the timestamps' text as the API sent it, by JSON name (only those that were read;
 *        one that could not be read is with the unknown fields); not written
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.IpAssignmentReader.class)
public record IpAssignment(
        @JsonProperty("ip") String ip,
        @JsonProperty("region") String region,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("shared") Boolean shared,
        @JsonProperty("created_at") @TimeJson Instant createdAt,
        @JsonIgnore Map<String, String> rawTimes,
        @JsonAnyGetter Map<String, JsonNode> extra) implements IpAssignmentBuilder.With {

    /** {@return an empty builder} */
    public static IpAssignmentBuilder builder() {
        return new IpAssignmentBuilder();
    }

    @Override
    public String toString() {
        return IpAssignmentBuilder.render(this);
    }
}
