package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * A Fly region. Both the documented ({@code code}) and the live ({@code Code}) casing are read.
 *
 * @param code the code, e.g. {@code ord} (JSON {@code code})
 * @param name the name (JSON {@code name})
 * @param latitude latitude (JSON {@code latitude})
 * @param longitude longitude (JSON {@code longitude})
 * @param gatewayAvailable whether WireGuard gateways are available (JSON {@code gateway_available})
 * @param requiresPaidPlan whether a paid plan is needed (JSON {@code requires_paid_plan})
 * @param deprecated whether deprecated (JSON {@code deprecated})
 * @param geoRegion the geographic area (JSON {@code geo_region})
 * @param extra JSON fields this SDK version does not model, kept and written back unchanged
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonDeserialize(using = io.github.flymachines.internal.json.RegionReader.class)
public record Region(
        @JsonProperty("code") @JsonAlias({"Code"}) String code,
        @JsonProperty("name") @JsonAlias({"Name"}) String name,
        @JsonProperty("latitude") @JsonAlias({"Latitude"}) Double latitude,
        @JsonProperty("longitude") @JsonAlias({"Longitude"}) Double longitude,
        @JsonProperty("gateway_available") @JsonAlias({"GatewayAvailable"}) Boolean gatewayAvailable,
        @JsonProperty("requires_paid_plan") @JsonAlias({"RequiresPaidPlan"}) Boolean requiresPaidPlan,
        @JsonProperty("deprecated") @JsonAlias({"Deprecated"}) Boolean deprecated,
        @JsonProperty("geo_region") @JsonAlias({"GeoRegion"}) String geoRegion,
        @JsonAnyGetter Map<String, JsonNode> extra) implements RegionBuilder.With {

    /** {@return an empty builder} */
    public static RegionBuilder builder() {
        return new RegionBuilder();
    }

    @Override
    public String toString() {
        return RegionBuilder.render(this);
    }
}
