package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.testing.ExecCall;
import io.github.flymachines.testing.ExecOutcome;
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

/** Machine metadata: replace, patch, one key. Guarded by the app's lock ({@code synchronized (app)}). */
final class MetadataResource extends FakePart {
    MetadataResource(FakeState s) {
        super(s);
    }
    // ------------------------------------------------------------------ metadata

    static ObjectNode metadataOf(Model.Machine m) {
        JsonNode md = m.config.get("metadata");
        if (md == null || !md.isObject()) {
            return m.config.putObject("metadata");
        }
        return (ObjectNode) md;
    }

    FakeResponse replaceMetadata(FakeRequest r, Model.Machine m, boolean patch) {
        JsonNode b = FakeJson.parse(r.body());
        String version = FakeUtil.text(b, "machine_version");
        if (version != null && !version.equals(m.instanceId)) {
            return FakeResponse.error(412, "failed_precondition: machine_version " + version
                    + " is not the current version");
        }
        JsonNode md = b.get("metadata");
        if (md == null || !md.isObject()) {
            return FakeResponse.error(400, "metadata is required");
        }
        ObjectNode target = metadataOf(m);
        if (!patch) {
            target.removeAll();
        }
        Iterator<Map.Entry<String, JsonNode>> it = md.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull() || e.getValue().asText().isEmpty()) {
                target.remove(e.getKey());
            } else {
                target.put(e.getKey(), e.getValue().asText());
            }
        }
        m.updatedAt = clock.instant();
        return FakeResponse.empty(204);
    }

    FakeResponse metadataKey(FakeRequest r, Model.Machine m, String key) {
        ObjectNode md = metadataOf(m);
        switch (r.method()) {
            case "GET":
                if (!md.has(key)) {
                    return FakeResponse.error(404, "metadata key not found");
                }
                return FakeResponse.json(200, FakeJson.obj().put("value", md.get(key).asText()));
            case "POST":
                JsonNode b = FakeJson.parse(r.body());
                if (!b.has("value") || b.get("value").isNull()) {
                    return FakeResponse.error(400, "value is required");
                }
                md.put(key, b.get("value").asText());
                m.updatedAt = clock.instant();
                return FakeResponse.empty(204);
            case "DELETE":
                md.remove(key);
                m.updatedAt = clock.instant();
                return FakeResponse.empty(204);
            default:
                return FakeEngine.notFound(r);
        }
    }

}
