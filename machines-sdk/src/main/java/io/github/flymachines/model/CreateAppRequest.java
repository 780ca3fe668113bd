package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
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
public record CreateAppRequest(
        @JsonProperty("name") String name,
        @JsonProperty("org_slug") String orgSlug,
        @JsonProperty("network") String network,
        @JsonProperty("enable_subdomains") Boolean enableSubdomains,
        @JsonProperty("idempotency_key") String idempotencyKey,
        @JsonProperty("app_role_id") String appRoleId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
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
    public CreateAppRequest {
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

    /**
     * Returns a builder holding this record's values, unknown fields included.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns a copy with {@code name} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateAppRequest withName(String value) {
        return new CreateAppRequest(value, orgSlug, network, enableSubdomains, idempotencyKey, appRoleId, extra);
    }

    /**
     * Returns a copy with {@code org_slug} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateAppRequest withOrgSlug(String value) {
        return new CreateAppRequest(name, value, network, enableSubdomains, idempotencyKey, appRoleId, extra);
    }

    /**
     * Returns a copy with {@code network} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateAppRequest withNetwork(String value) {
        return new CreateAppRequest(name, orgSlug, value, enableSubdomains, idempotencyKey, appRoleId, extra);
    }

    /**
     * Returns a copy with {@code enable_subdomains} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateAppRequest withEnableSubdomains(Boolean value) {
        return new CreateAppRequest(name, orgSlug, network, value, idempotencyKey, appRoleId, extra);
    }

    /**
     * Returns a copy with {@code idempotency_key} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateAppRequest withIdempotencyKey(String value) {
        return new CreateAppRequest(name, orgSlug, network, enableSubdomains, value, appRoleId, extra);
    }

    /**
     * Returns a copy with {@code app_role_id} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public CreateAppRequest withAppRoleId(String value) {
        return new CreateAppRequest(name, orgSlug, network, enableSubdomains, idempotencyKey, value, extra);
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


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("CreateAppRequest")
                .add("name", name)
                .add("orgSlug", orgSlug)
                .add("network", network)
                .add("enableSubdomains", enableSubdomains)
                .add("idempotencyKey", idempotencyKey)
                .add("appRoleId", appRoleId)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link CreateAppRequest}. */
    public static final class Builder {
        private String name;
        private String orgSlug;
        private String network;
        private Boolean enableSubdomains;
        private String idempotencyKey;
        private String appRoleId;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(CreateAppRequest r) {
            this.name = r.name;
            this.orgSlug = r.orgSlug;
            this.network = r.network;
            this.enableSubdomains = r.enableSubdomains;
            this.idempotencyKey = r.idempotencyKey;
            this.appRoleId = r.appRoleId;
            this.extra = r.extra;
        }

        /**
         * Sets {@code name}.
         *
         * @param value the name: lowercase letters, digits and dashes, global across Fly
         * @return this
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code org_slug}.
         *
         * @param value the organization slug ({@code personal} for your personal org)
         * @return this
         */
        public Builder orgSlug(String value) {
            this.orgSlug = value;
            return this;
        }

        /**
         * Sets {@code network}.
         *
         * @param value a custom 6PN network name
         * @return this
         */
        public Builder network(String value) {
            this.network = value;
            return this;
        }

        /**
         * Sets {@code enable_subdomains}.
         *
         * @param value whether to enable subdomains
         * @return this
         */
        public Builder enableSubdomains(Boolean value) {
            this.enableSubdomains = value;
            return this;
        }

        /**
         * Sets {@code idempotency_key}.
         *
         * @param value makes a retried create safe (newer API)
         * @return this
         */
        public Builder idempotencyKey(String value) {
            this.idempotencyKey = value;
            return this;
        }

        /**
         * Sets {@code app_role_id}.
         *
         * @param value the app role (as fly-go sends it)
         * @return this
         */
        public Builder appRoleId(String value) {
            this.appRoleId = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link CreateAppRequest}
         */
        public CreateAppRequest build() {
            return new CreateAppRequest(name, orgSlug, network, enableSubdomains, idempotencyKey, appRoleId, extra);
        }
    }
}
