package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * An HTTP header with its values, sent by a health check.
 *
 * @param name the header name (JSON {@code name})
 * @param values the values (JSON {@code values})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.HttpHeaderReader.class)
public record HttpHeader(
        @JsonProperty("name") String name,
        @JsonProperty("values") List<String> values,
        @JsonAnyGetter Map<String, JsonNode> extra) implements HttpHeaderBuilder.With {

    /** {@return an empty builder} */
    public static HttpHeaderBuilder builder() {
        return new HttpHeaderBuilder();
    }

    @Override
    public String toString() {
        return HttpHeaderBuilder.render(this);
    }
}
