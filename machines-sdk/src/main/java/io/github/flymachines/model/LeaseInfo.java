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
 * The lease a Machine is under, as shown in machine details (no nonce).
 *
 * @param description what the lease holder said it is for (JSON {@code description})
 * @param expiresAt expiry, Unix seconds on the wire (JSON {@code expires_at})
 * @param owner who holds it (JSON {@code owner})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.LeaseInfoReader.class)
public record LeaseInfo(
        @JsonProperty("description") String description,
        @JsonProperty("expires_at") @TimeJson(TimeJson.Form.EPOCH_SECONDS) Instant expiresAt,
        @JsonProperty("owner") String owner,
        @JsonAnyGetter Map<String, JsonNode> extra) implements LeaseInfoBuilder.With {

    /** {@return an empty builder} */
    public static LeaseInfoBuilder builder() {
        return new LeaseInfoBuilder();
    }

    @Override
    public String toString() {
        return LeaseInfoBuilder.render(this);
    }
}
