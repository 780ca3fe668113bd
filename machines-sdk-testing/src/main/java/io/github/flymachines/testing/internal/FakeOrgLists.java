package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The organization-wide lists {@code GET /orgs/{org}/machines} and {@code GET /orgs/{org}/volumes}:
 * every app of the organization, sorted by {@code updated_at} (oldest first, then id), filtered
 * by {@code include_deleted}, {@code region}, {@code state}, {@code updated_after}, with
 * {@code summary}, and paged with opaque cursors. A page holds at most {@code limit} items and at
 * most the fake's page size ({@link #pageSize(int)}, default {@value #DEFAULT_PAGE_SIZE}; the live
 * API's maximum is 1,000), small so that tests page. Volumes have no {@code updated_at} in the
 * fake's model; their creation time stands in.
 *
 * <p>The page size is the only state (volatile); the lists read the engine's apps under the
 * caller's lock.
 */
public final class FakeOrgLists {
    /** The default page size. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_LIMIT = 1000;

    private volatile int pageSize = DEFAULT_PAGE_SIZE;

    /**
     * Sets the largest page the fake answers.
     *
     * @param value 1 to 1,000
     */
    public void pageSize(int value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw new IllegalArgumentException("page size must be 1..1000, got " + value);
        }
        this.pageSize = value;
    }

    /** @return the largest page the fake answers */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Answers {@code GET /orgs/{org}/machines|volumes}.
     *
     * @param r the request
     * @param s the path segments after {@code /v1/}
     * @param apps every app
     * @param org the fake's organization slug ({@code personal} is an alias of it)
     * @return the answer
     */
    public FakeResponse handle(FakeRequest r, String[] s, Collection<Model.App> apps, String org) {
        if (s.length != 3 || !r.method().equals("GET") || !(s[2].equals("machines") || s[2].equals("volumes"))) {
            return FakeResponse.error(404, "not found: " + r.method() + " " + r.path());
        }
        String slug = s[1];
        int limit = pageSize;
        if (r.param("limit") != null) {
            try {
                int l = Integer.parseInt(r.param("limit"));
                if (l < 1 || l > MAX_LIMIT) {
                    return FakeResponse.error(400, "limit must be between 1 and 1000, got " + l);
                }
                limit = Math.min(l, pageSize);
            } catch (NumberFormatException e) {
                return FakeResponse.error(400, "invalid limit: " + r.param("limit"));
            }
        }
        Instant after = null;
        String ua = r.param("updated_after");
        if (ua != null && !ua.isEmpty()) {
            try {
                after = Instant.parse(ua);
            } catch (DateTimeParseException e) {
                return FakeResponse.error(400, "updated_after must be an RFC 3339 time, got " + ua);
            }
        }
        String cursorKey = null;
        String cursor = r.param("cursor");
        if (cursor != null && !cursor.isEmpty()) {
            cursorKey = PageCursors.decode(cursor);
            if (cursorKey == null || !cursorKey.contains("|")) {
                return FakeResponse.error(400, "invalid cursor");
            }
        }
        boolean includeDeleted = "true".equals(r.param("include_deleted"));
        boolean summary = "true".equals(r.param("summary"));
        String region = r.param("region");
        List<String> states = r.params("state");
        List<Item> items = new ArrayList<>();
        for (Model.App a : apps) {
            if (!(slug.equals(a.org) || slug.equals("personal") && a.org.equals(org))) {
                continue;
            }
            if (s[2].equals("machines")) {
                for (Model.Machine m : a.machines.values()) {
                    if (!includeDeleted && m.state.equals("destroyed")) {
                        continue;
                    }
                    if (keep(m.region, m.state, m.updatedAt, region, states, after)) {
                        items.add(new Item(m.updatedAt, m.id, x -> machineJson(a, m, x)));
                    }
                }
            } else {
                for (Model.Volume v : a.volumes.values()) {
                    if (keep(v.region, v.state, v.createdAt, region, states, after)) {
                        items.add(new Item(v.createdAt, v.id, x -> volumeJson(a, v, x)));
                    }
                }
            }
        }
        items.sort(Comparator.comparing(Item::key));
        ObjectNode o = FakeJson.obj();
        ArrayNode page = o.putArray(s[2]);
        Item last = null;
        boolean more = false;
        for (Item it : items) {
            if (cursorKey != null && it.key().compareTo(cursorKey) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(it.render().apply(summary));
            last = it;
        }
        if (more) {
            o.put("next_cursor", PageCursors.encode(last.key()));
        }
        if (last != null) {
            o.put(s[2].equals("machines") ? "last_machine_id" : "last_volume_id", last.id());
            o.put("last_updated_at", last.updatedAt().toString());
        }
        if (s[2].equals("machines")) {
            o.putArray("error_regions");
        }
        return FakeResponse.json(200, o);
    }

    /**
     * One listed item.
     *
     * @param updatedAt its sort time
     * @param id its id (the tie-break)
     * @param render renders it, given summary
     */
    private record Item(Instant updatedAt, String id, Function<Boolean, ObjectNode> render) {
        String key() {
            // fixed-width epoch nanos sort like the instants
            return String.format("%020d", updatedAt.getEpochSecond() * 1_000_000_000L + updatedAt.getNano()) + "|" + id;
        }
    }

    private static boolean keep(String itemRegion, String state, Instant updated, String region, List<String> states,
            Instant after) {
        if (region != null && !region.isEmpty() && !region.equals(itemRegion)) {
            return false;
        }
        if (!states.isEmpty() && !states.contains(state)) {
            return false;
        }
        return after == null || updated.isAfter(after);
    }

    /** The machine fields every view carries ({@link MachinesResource#identityJson}), plus the org list's own. */
    private static ObjectNode machineJson(Model.App a, Model.Machine m, boolean summary) {
        ObjectNode o = MachinesResource.identityJson(m);
        o.put("app_name", a.name);
        o.put("version", m.instanceId);
        if (!summary) {
            ObjectNode c = o.putObject("config");
            if (m.config.has("guest")) {
                c.set("guest", m.config.get("guest").deepCopy());
            }
            c.put("image", m.config.path("image").asText(""));
            c.set("metadata", m.config.path("metadata").isObject() ? m.config.get("metadata").deepCopy()
                    : FakeJson.obj());
        }
        return o;
    }

    /** The app's volume view ({@link VolumesResource#volumeJson}), plus the org list's own fields. */
    private static ObjectNode volumeJson(Model.App a, Model.Volume v, boolean summary) {
        ObjectNode o = VolumesResource.volumeJson(v);
        o.put("app_name", a.name);
        o.put("updated_at", v.createdAt.toString());
        if (summary) {
            o.remove(List.of("block_size", "blocks", "blocks_free", "blocks_avail", "bytes_total", "bytes_used"));
        }
        return o;
    }
}
