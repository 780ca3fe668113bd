package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.testing.ExecCall;
import io.github.flymachines.testing.ExecOutcome;
import io.github.flymachines.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Small helpers shared by the fake's resources. */
final class FakeUtil {
    private FakeUtil() {
    }
    // ------------------------------------------------------------------ utilities

    static ObjectNode normalise(ObjectNode config) {
        if (!config.has("guest")) {
            ObjectNode g = config.putObject("guest");
            g.put("cpu_kind", "shared");
            g.put("cpus", 1);
            g.put("memory_mb", 256);
        }
        // the live API answers autostop "stop"/"off" as true/false (GO MachineAutostop); "suspend" stays
        for (JsonNode svc : config.path("services")) {
            JsonNode as = svc.get("autostop");
            if (svc instanceof ObjectNode o && as != null && as.isTextual()) {
                if (as.asText().equals("stop")) {
                    o.put("autostop", true);
                } else if (as.asText().equals("off")) {
                    o.put("autostop", false);
                }
            }
        }
        return config;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String joinText(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(p -> parts.add(p.asText()));
        return String.join(" ", parts);
    }

    /**
     * Whether an {@code Authorization} header carries the token ({@code Bearer <token>}, or with
     * {@code flyV1} also {@code FlyV1 <token>}), compared in constant time.
     */
    static boolean authorizes(String header, String token, boolean flyV1) {
        if (header == null) {
            return false;
        }
        String t = header.strip();
        if (t.regionMatches(true, 0, "Bearer ", 0, 7)) {
            t = t.substring(7).strip();
        } else if (flyV1 && t.regionMatches(true, 0, "FlyV1 ", 0, 6)) {
            t = t.substring(6).strip();
        }
        return MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
