package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /platform/placements}, computed from the fake's capacity model: a region's room is
 * its capacity ({@code FakeFly.setCapacity}) minus the machines active there, or the fake's
 * per-region organization limit ({@value #ORG_LIMIT} machines) where no capacity is set.
 *
 * <ul>
 *   <li>{@code region} is a comma-separated preference list of codes and aliases ({@code any},
 *       {@code us}/{@code usa}/{@code na}, {@code eu}, {@code sa}, {@code apac}/{@code ap},
 *       {@code af}, {@code oc}); default {@code "<default region>,any"};</li>
 *   <li>{@code count} 0 (default) answers every candidate region with its room; a positive count
 *       fills regions in preference order, or round-robin when {@code weights.spread} outweighs
 *       {@code weights.region}; regions that get none are left out;</li>
 *   <li>{@code volume_name} limits the candidates to regions holding unattached volumes of that
 *       name in the organization, one machine per volume.</li>
 * </ul>
 *
 * <p>Stateless: reads the engine's apps and capacity under the caller's lock.
 */
public final class FakePlacements {
    /** The room of a region without a configured capacity. */
    public static final int ORG_LIMIT = 1000;

    private FakePlacements() {
    }

    /**
     * Answers {@code POST /platform/placements}.
     *
     * @param r the request
     * @param capacity region → how many active machines it holds at most (unset: {@link #ORG_LIMIT})
     * @param apps every app
     * @param defaultRegion the region "nearest" the caller
     * @param org the fake's organization slug ({@code personal} is an alias)
     * @return the answer
     */
    public static FakeResponse handle(FakeRequest r, Map<String, Integer> capacity, Collection<Model.App> apps,
            String defaultRegion, String org) {
        JsonNode b = FakeJson.parse(r.body());
        String orgSlug = b.path("org_slug").asText("");
        if (orgSlug.isEmpty()) {
            return FakeResponse.error(400, "org_slug is required");
        }
        int count = b.path("count").asInt(0);
        if (count < 0) {
            return FakeResponse.error(400, "count must not be negative");
        }
        String expr = b.path("region").asText("");
        List<String> candidates = new ArrayList<>();
        for (String part : (expr.isBlank() ? defaultRegion + ",any" : expr).split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            List<String> codes = expand(p);
            if (codes.isEmpty()) {
                return FakeResponse.error(400, "unknown region or alias: " + p);
            }
            for (String c : codes) {
                if (!candidates.contains(c)) {
                    candidates.add(c);
                }
            }
        }
        boolean inOrg = orgSlug.equals(org) || orgSlug.equals("personal");
        Map<String, Integer> room = new LinkedHashMap<>();
        String volume = b.path("volume_name").asText("");
        for (String region : candidates) {
            int used = 0;
            int volumes = 0;
            for (Model.App a : apps) {
                for (Model.Machine m : a.machines.values()) {
                    if (region.equals(m.region) && Model.ACTIVE.contains(m.state)) {
                        used++;
                    }
                }
                if (inOrg && (a.org.equals(org) || a.org.equals(orgSlug))) {
                    for (Model.Volume v : a.volumes.values()) {
                        if (v.name.equals(volume) && v.region.equals(region) && v.attachedMachineId == null) {
                            volumes++;
                        }
                    }
                }
            }
            Integer cap = capacity.get(region);
            int free = Math.max(0, (cap == null ? ORG_LIMIT : cap) - used);
            if (!volume.isEmpty()) {
                free = Math.min(free, volumes);
            }
            room.put(region, free);
        }
        Map<String, Integer> placed = new LinkedHashMap<>();
        if (count == 0) {
            placed.putAll(room);
        } else {
            JsonNode w = b.path("weights");
            boolean spread = w.path("spread").asInt(0) > w.path("region").asInt(1000);
            int left = count;
            if (spread) {
                boolean progress = true;
                while (left > 0 && progress) {
                    progress = false;
                    for (String region : candidates) {
                        int have = placed.getOrDefault(region, 0);
                        if (left > 0 && have < room.get(region)) {
                            placed.put(region, have + 1);
                            left--;
                            progress = true;
                        }
                    }
                }
            } else {
                for (String region : candidates) {
                    int n = Math.min(left, room.get(region));
                    if (n > 0) {
                        placed.put(region, n);
                        left -= n;
                    }
                }
            }
        }
        ObjectNode o = FakeJson.obj();
        ArrayNode list = o.putArray("regions");
        placed.forEach((region, n) -> list.addObject().put("region", region).put("count", n).put("concurrency", n));
        return FakeResponse.json(200, o);
    }

    private static List<String> expand(String p) {
        List<String> out = new ArrayList<>();
        String geo = switch (p) {
            case "us", "usa", "na" -> "na";
            case "eu" -> "eu";
            case "sa" -> "sa";
            case "apac", "ap" -> "ap";
            case "af" -> "af";
            case "oc" -> "oc";
            default -> null;
        };
        for (Regions.Region reg : Regions.ALL) {
            if (p.equals("any") || reg.geo().equals(geo) || reg.code().equals(p)) {
                out.add(reg.code());
            }
        }
        return out;
    }
}
