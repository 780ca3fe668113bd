package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A new app.
 *
 * @param name the name: lowercase letters, digits and dashes, global across Fly (JSON {@code
 *        name})
 * @param orgSlug the organization slug ({@code personal} for your personal org) (JSON {@code
 *        org_slug})
 * @param network a custom 6PN network name (JSON {@code network})
 * @param enableSubdomains whether to enable subdomains (JSON {@code enable_subdomains})
 * @param idempotencyKey makes a retried create safe (newer API) (JSON {@code idempotency_key})
 * @param appRoleId the app role (as fly-go sends it) (JSON {@code app_role_id})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.CreateAppRequestReader.class)
public record CreateAppRequest(
        @JsonProperty("name") String name,
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("network") String network,
        @JsonProperty("enable_subdomains") Boolean enableSubdomains,
        @JsonProperty("idempotency_key") String idempotencyKey,
        @JsonProperty("app_role_id") String appRoleId,
        @JsonAnyGetter Map<String, JsonNode> extra) implements CreateAppRequestBuilder.With {

    /** {@return an empty builder} */
    public static CreateAppRequestBuilder builder() {
        return new CreateAppRequestBuilder();
    }

    /**
     * A request with a name and organization.
     *
     * @param name the app name
     * @param orgSlug the organization slug
     * @return the request
     */
    public static CreateAppRequest of(String name, String orgSlug) {
        return builder().name(name).orgSlug(orgSlug).build();
    }

    @Override
    public String toString() {
        return CreateAppRequestBuilder.render(this);
    }
}
