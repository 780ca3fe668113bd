package io.github.flymachines.testing.internal;

import java.util.List;

/** The regions the fake knows (a representative subset of Fly's). */
public final class Regions {
    /**
     * One region.
     *
     * @param code the code
     * @param name the display name
     * @param latitude latitude
     * @param longitude longitude
     * @param geo the geographic area
     */
    public record Region(String code, String name, double latitude, double longitude, String geo) {
    }

    /** Every known region. */
    public static final List<Region> ALL = List.of(
            new Region("ams", "Amsterdam, Netherlands", 52.374342, 4.895439, "eu"),
            new Region("arn", "Stockholm, Sweden", 59.6512, 17.9178, "eu"),
            new Region("bom", "Mumbai, India", 19.097403, 72.874245, "ap"),
            new Region("cdg", "Paris, France", 48.860875, 2.353477, "eu"),
            new Region("dfw", "Dallas, Texas (US)", 32.778287, -96.7984, "na"),
            new Region("ewr", "Secaucus, NJ (US)", 40.789543, -74.056534, "na"),
            new Region("fra", "Frankfurt, Germany", 50.1167, 8.6833, "eu"),
            new Region("gru", "Sao Paulo, Brazil", -23.549664, -46.654351, "sa"),
            new Region("iad", "Ashburn, Virginia (US)", 39.02214, -77.462556, "na"),
            new Region("jnb", "Johannesburg, South Africa", -26.13629, 28.20298, "af"),
            new Region("lax", "Los Angeles, California (US)", 33.9416, -118.4085, "na"),
            new Region("lhr", "London, United Kingdom", 51.516434, -0.125656, "eu"),
            new Region("nrt", "Tokyo, Japan", 35.621608, 139.741851, "ap"),
            new Region("ord", "Chicago, Illinois (US)", 41.891544, -87.630386, "na"),
            new Region("sin", "Singapore, Singapore", 1.3, 103.8, "ap"),
            new Region("sjc", "San Jose, California (US)", 37.351601, -121.896744, "na"),
            new Region("syd", "Sydney, Australia", -33.866034, 151.20693, "oc"),
            new Region("yyz", "Toronto, Canada", 43.653226, -79.383184, "na"));

    private Regions() {
    }

    /**
     * Tells whether a region code is known.
     *
     * @param code the code
     * @return true when known
     */
    public static boolean isKnown(String code) {
        return ALL.stream().anyMatch(r -> r.code().equals(code));
    }
}
