package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IP assignments ({@code /apps/{app}/ip_assignments}), from the documentation ranges only (RFC
 * 5737 and RFC 3849), so no test ever names a real address:
 *
 * <ul>
 *   <li>{@code shared_v4}: {@code 192.0.2.1}, one address shared by every app ({@code shared: true});</li>
 *   <li>{@code v4} (dedicated): the lowest free address of {@code 198.51.100.1-254}, then
 *       {@code 203.0.113.1-254}; a released address can be handed out again;</li>
 *   <li>{@code v6} (dedicated, public): {@code 2001:db8:1::/48}, one {@code /64}-style address per assignment;</li>
 *   <li>{@code private_v6} (Flycast, on the app's network): {@code 2001:db8:2::/48}.</li>
 * </ul>
 *
 * <p>An app has at most one shared v4. State per app id behind this object's lock (the pools are
 * shared by all apps).
 */
public final class FakeIps {
    private static final String SHARED_V4 = "192.0.2.1";
    private static final String[] V4_RANGES = {"198.51.100.", "203.0.113."};

    private final Map<String, Map<String, Assignment>> byApp = new HashMap<>();
    private final BitSet v4Used = new BitSet();
    private long v6Next = 1;
    private long privateNext = 1;

    /**
     * One assignment.
     *
     * @param ip the address
     * @param type the requested type
     * @param region the region, or "global"
     * @param serviceName the service name, or null
     * @param createdAt when
     */
    private record Assignment(String ip, String type, String region, String serviceName, Instant createdAt) {
        boolean shared() {
            return type.equals("shared_v4");
        }
    }

    /**
     * Answers one {@code /apps/{app}/ip_assignments...} request.
     *
     * @param r the request
     * @param s the path segments after {@code /v1/}
     * @param a the app
     * @param now the fake clock's time
     * @return the answer
     */
    public synchronized FakeResponse handle(FakeRequest r, String[] s, Model.App a, Instant now) {
        Map<String, Assignment> mine = byApp.computeIfAbsent(a.id, x -> new LinkedHashMap<>());
        String m = r.method();
        if (s.length == 3 && m.equals("GET")) {
            ObjectNode o = FakeJson.obj();
            ArrayNode list = o.putArray("ips");
            mine.values().forEach(x -> list.add(json(x)));
            return FakeResponse.json(200, o);
        }
        if (s.length == 3 && m.equals("POST")) {
            return assign(FakeJson.parse(r.body()), mine, now);
        }
        if (s.length == 4 && m.equals("DELETE")) {
            String ip = canonical(s[3]);
            Assignment x = ip == null ? null : mine.remove(ip);
            if (x == null) {
                return FakeResponse.error(404, "ip assignment " + s[3] + " not found");
            }
            if (x.type().equals("v4")) {
                v4Used.clear(v4Index(x.ip()));
            }
            return FakeResponse.empty(204);
        }
        return FakeResponse.error(404, "not found: " + m + " " + r.path());
    }

    /**
     * The addresses an app's hostnames should point at (for certificate DNS requirements).
     *
     * @param a the app
     * @return v4 addresses then v6 ones, private addresses excluded
     */
    public synchronized List<String> publicAddresses(Model.App a) {
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        for (Assignment x : byApp.getOrDefault(a.id, Map.of()).values()) {
            if (x.type().equals("private_v6")) {
                continue;
            }
            (x.ip().contains(":") ? v6 : v4).add(x.ip());
        }
        v4.addAll(v6);
        return v4;
    }

    private FakeResponse assign(JsonNode b, Map<String, Assignment> mine, Instant now) {
        String type = b.path("type").asText("");
        String region = b.path("region").asText("");
        if (!region.isEmpty() && !Regions.isKnown(region)) {
            return FakeResponse.error(400, "unknown region: " + region);
        }
        String service = b.hasNonNull("service_name") ? b.get("service_name").asText() : null;
        String ip;
        switch (type) {
            case "shared_v4":
                for (Assignment x : mine.values()) {
                    if (x.shared()) {
                        return FakeResponse.error(422, "app already has a shared IPv4 address (" + x.ip() + ")");
                    }
                }
                ip = SHARED_V4;
                break;
            case "v4": {
                int i = v4Used.nextClearBit(0);
                if (i >= 254 * V4_RANGES.length) {
                    return FakeResponse.error(422, "no dedicated IPv4 address left in the fake's documentation ranges");
                }
                v4Used.set(i);
                ip = V4_RANGES[i / 254] + (i % 254 + 1);
                break;
            }
            case "v6":
                ip = "2001:db8:1:" + Long.toHexString(v6Next++) + "::1";
                break;
            case "private_v6":
                ip = "2001:db8:2:" + Long.toHexString(privateNext++) + "::1";
                break;
            default:
                return FakeResponse.error(400, "type must be one of v4, v6, shared_v4, private_v6, got '" + type + "'");
        }
        Assignment x = new Assignment(ip, type, region.isEmpty() ? "global" : region, service, now);
        mine.put(ip, x);
        return FakeResponse.json(200, json(x));
    }

    private static int v4Index(String ip) {
        for (int r = 0; r < V4_RANGES.length; r++) {
            if (ip.startsWith(V4_RANGES[r])) {
                return r * 254 + Integer.parseInt(ip.substring(V4_RANGES[r].length())) - 1;
            }
        }
        throw new IllegalStateException("not a pool address");
    }

    /** The path segment as this store spells addresses (v6 compressed, as handed out), or null. */
    private static String canonical(String raw) {
        String t = java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
        if (!t.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            InetAddress addr = InetAddress.getByName(t); // a literal: no lookup is made
            if (!t.contains(":")) {
                return addr.getHostAddress();
            }
            return compress(addr.getHostAddress());
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String compress(String full) {
        String[] parts = full.split(":");
        StringBuilder sb = new StringBuilder();
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replaceFirst("^0+(?=.)", "");
        }
        for (int i = 0; i < parts.length; ) {
            int j = i;
            while (j < parts.length && parts[j].equals("0")) {
                j++;
            }
            if (j - i > bestLen && j - i > 1) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        for (int i = 0; i < parts.length; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(parts[i]);
            if (i < parts.length - 1) {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    private static ObjectNode json(Assignment x) {
        ObjectNode o = FakeJson.obj();
        o.put("ip", x.ip());
        o.put("region", x.region());
        o.put("shared", x.shared());
        if (x.serviceName() != null) {
            o.put("service_name", x.serviceName());
        }
        o.put("created_at", x.createdAt().toString());
        return o;
    }

    @Override
    public synchronized String toString() {
        return "FakeIps[" + byApp.size() + " apps]";
    }
}
