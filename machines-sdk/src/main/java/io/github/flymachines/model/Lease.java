package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.flymachines.internal.json.TimeJson;
import java.time.Instant;
import java.util.Map;

/**
 * A lease on a Machine: an exclusive lock that mutations must prove with its nonce.
 *
 * @param nonce the secret proving ownership (never logged or printed) (JSON {@code nonce})
 * @param expiresAt expiry, Unix seconds on the wire (JSON {@code expires_at})
 * @param owner who holds it (JSON {@code owner})
 * @param description what it is for (JSON {@code description})
 * @param version the machine version when acquired (JSON {@code version})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.LeaseReader.class)
public record Lease(
        @JsonProperty("nonce") @Secret String nonce,
        @JsonProperty("expires_at") @TimeJson(TimeJson.Form.EPOCH_SECONDS) Instant expiresAt,
        @JsonProperty("owner") String owner,
        @JsonProperty("description") String description,
        @JsonProperty("version") String version,
        @JsonAnyGetter Map<String, JsonNode> extra) implements LeaseBuilder.With {

    /** {@return an empty builder} */
    public static LeaseBuilder builder() {
        return new LeaseBuilder();
    }

    @Override
    public String toString() {
        return LeaseBuilder.render(this);
    }
}
