package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
@JsonDeserialize(using = io.github.flymachines.internal.json.ImageRefReader.class)
public record ImageRef(
        @JsonProperty("registry") String registry,
        @JsonProperty("repository") String repository,
        @JsonProperty("tag") String tag,
        @JsonProperty("digest") String digest,
        @JsonProperty("labels") Map<String, String> labels,
        @JsonAnyGetter Map<String, JsonNode> extra) implements ImageRefBuilder.With {

    /** {@return an empty builder} */
    public static ImageRefBuilder builder() {
        return new ImageRefBuilder();
    }

    @Override
    public String toString() {
        return ImageRefBuilder.render(this);
    }
}
