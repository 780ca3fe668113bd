package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * How the proxy treats HTTP responses of a service port.
 *
 * @param headers headers to add to responses (a value may be a string, list or false) (JSON
 *        {@code headers})
 * @param pristine whether to leave responses untouched (JSON {@code pristine})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.HttpResponseOptionsReader.class)
public record HttpResponseOptions(
        @JsonProperty("headers") Map<String, JsonNode> headers,
        @JsonProperty("pristine") Boolean pristine,
        @JsonAnyGetter Map<String, JsonNode> extra) implements HttpResponseOptionsBuilder.With {

    /** {@return an empty builder} */
    public static HttpResponseOptionsBuilder builder() {
        return new HttpResponseOptionsBuilder();
    }

    @Override
    public String toString() {
        return HttpResponseOptionsBuilder.render(this);
    }
}
