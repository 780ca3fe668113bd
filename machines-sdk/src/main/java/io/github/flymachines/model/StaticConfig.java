package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.StaticConfigReader.class)
public record StaticConfig(
        @JsonProperty("guest_path") String guestPath,
        @JsonProperty("url_prefix") String urlPrefix,
        @JsonProperty("tigris_bucket") String tigrisBucket,
        @JsonProperty("index_document") String indexDocument,
        @JsonAnyGetter Map<String, JsonNode> extra) implements StaticConfigBuilder.With {

    /** {@return an empty builder} */
    public static StaticConfigBuilder builder() {
        return new StaticConfigBuilder();
    }

    @Override
    public String toString() {
        return StaticConfigBuilder.render(this);
    }
}
