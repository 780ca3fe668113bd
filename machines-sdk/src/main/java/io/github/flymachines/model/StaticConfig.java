package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * Static files served by the proxy straight from the guest or a Tigris bucket.
 *
 * @param guestPath the directory in the guest (JSON {@code guest_path})
 * @param urlPrefix the URL prefix (JSON {@code url_prefix})
 * @param tigrisBucket the bucket to serve from (JSON {@code tigris_bucket})
 * @param indexDocument the index document (JSON {@code index_document})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StaticConfig(
        @JsonProperty("guest_path") String guestPath,
        @JsonProperty("url_prefix") String urlPrefix,
        @JsonProperty("tigris_bucket") String tigrisBucket,
        @JsonProperty("index_document") String indexDocument,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param guestPath the directory in the guest (JSON {@code guest_path})
     * @param urlPrefix the URL prefix (JSON {@code url_prefix})
     * @param tigrisBucket the bucket to serve from (JSON {@code tigris_bucket})
     * @param indexDocument the index document (JSON {@code index_document})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public StaticConfig {
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
     * Returns a copy with {@code guest_path} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StaticConfig withGuestPath(String value) {
        return new StaticConfig(value, urlPrefix, tigrisBucket, indexDocument, extra);
    }

    /**
     * Returns a copy with {@code url_prefix} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StaticConfig withUrlPrefix(String value) {
        return new StaticConfig(guestPath, value, tigrisBucket, indexDocument, extra);
    }

    /**
     * Returns a copy with {@code tigris_bucket} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StaticConfig withTigrisBucket(String value) {
        return new StaticConfig(guestPath, urlPrefix, value, indexDocument, extra);
    }

    /**
     * Returns a copy with {@code index_document} replaced.
     *
     * @param value the new value, or null to unset
     * @return the copy
     */
    public StaticConfig withIndexDocument(String value) {
        return new StaticConfig(guestPath, urlPrefix, tigrisBucket, value, extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("StaticConfig")
                .add("guestPath", guestPath)
                .add("urlPrefix", urlPrefix)
                .add("tigrisBucket", tigrisBucket)
                .add("indexDocument", indexDocument)
                .extra(extra)
                .toString();
    }

    /** Builds a {@link StaticConfig}. */
    public static final class Builder {
        private String guestPath;
        private String urlPrefix;
        private String tigrisBucket;
        private String indexDocument;
        private Map<String, JsonNode> extra = Map.of();

        private Builder() {
        }

        private Builder(StaticConfig r) {
            this.guestPath = r.guestPath;
            this.urlPrefix = r.urlPrefix;
            this.tigrisBucket = r.tigrisBucket;
            this.indexDocument = r.indexDocument;
            this.extra = r.extra;
        }

        /**
         * Sets {@code guest_path}.
         *
         * @param value the directory in the guest
         * @return this
         */
        public Builder guestPath(String value) {
            this.guestPath = value;
            return this;
        }

        /**
         * Sets {@code url_prefix}.
         *
         * @param value the URL prefix
         * @return this
         */
        public Builder urlPrefix(String value) {
            this.urlPrefix = value;
            return this;
        }

        /**
         * Sets {@code tigris_bucket}.
         *
         * @param value the bucket to serve from
         * @return this
         */
        public Builder tigrisBucket(String value) {
            this.tigrisBucket = value;
            return this;
        }

        /**
         * Sets {@code index_document}.
         *
         * @param value the index document
         * @return this
         */
        public Builder indexDocument(String value) {
            this.indexDocument = value;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new {@link StaticConfig}
         */
        public StaticConfig build() {
            return new StaticConfig(guestPath, urlPrefix, tigrisBucket, indexDocument, extra);
        }
    }
}
