package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.util.Models;
import java.util.Map;

/**
 * The image a Machine runs, resolved to a digest.
 *
 * @param registry the registry (JSON {@code registry})
 * @param repository the repository (JSON {@code repository})
 * @param tag the tag (JSON {@code tag})
 * @param digest the digest (JSON {@code digest})
 * @param labels image labels (JSON {@code labels})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImageRef(
        @JsonProperty("registry") String registry,
        @JsonProperty("repository") String repository,
        @JsonProperty("tag") String tag,
        @JsonProperty("digest") String digest,
        @JsonProperty("labels") Map<String, String> labels,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the record. Copies collections into unmodifiable ones, dropping null elements.
     *
     * @param registry the registry (JSON {@code registry})
     * @param repository the repository (JSON {@code repository})
     * @param tag the tag (JSON {@code tag})
     * @param digest the digest (JSON {@code digest})
     * @param labels image labels (JSON {@code labels})
     * @param extra JSON fields this SDK version does not model, kept and written back unchanged
     */
    public ImageRef {
        labels = Models.map(labels);
        extra = Models.extra(extra);
    }


    /** Renders the set fields; secrets are masked and unknown fields shown by name only. */
    @Override
    public String toString() {
        return Models.ToString.of("ImageRef")
                .add("registry", registry)
                .add("repository", repository)
                .add("tag", tag)
                .add("digest", digest)
                .add("labels", labels)
                .extra(extra)
                .toString();
    }
}
