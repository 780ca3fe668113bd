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

/** App secrets, with the app's secrets version. Guarded by the app's lock ({@code synchronized (app)}). */
final class SecretsResource extends FakePart {
    SecretsResource(FakeState s) {
        super(s);
    }
    // ------------------------------------------------------------------ secrets

    FakeResponse routeSecrets(FakeRequest r, String[] s, String m, Model.App a) {
        if (s.length == 3) {
            if (m.equals("GET")) {
                String min = r.param("min_version");
                if (min != null) {
                    try {
                        if (Long.parseLong(min) > a.secretsVersion) {
                            return FakeResponse.error(400, "min_version " + min + " is newer than the app's secrets "
                                    + "version " + a.secretsVersion);
                        }
                    } catch (NumberFormatException e) {
                        return FakeResponse.error(400, "invalid min_version: " + min);
                    }
                }
                boolean show = "true".equals(r.param("show_secrets"));
                ObjectNode o = FakeJson.obj();
                ArrayNode list = o.putArray("secrets");
                a.secrets.values().forEach(sec -> list.add(secretJson(sec, show)));
                return FakeResponse.json(200, o);
            }
            if (m.equals("POST")) {
                JsonNode b = FakeJson.parse(r.body());
                JsonNode values = b.get("values");
                if (values == null || !values.isObject()) {
                    return FakeResponse.error(400, "values is required");
                }
                Iterator<Map.Entry<String, JsonNode>> it = values.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isNull()) {
                        a.secrets.remove(e.getKey());
                    } else {
                        putSecret(a, e.getKey(), e.getValue().asText());
                    }
                }
                a.secretsVersion++;
                ObjectNode o = FakeJson.obj();
                ArrayNode list = o.putArray("secrets");
                a.secrets.values().forEach(sec -> list.add(secretJson(sec, false)));
                o.put("version", a.secretsVersion);
                o.put("Version", a.secretsVersion); // the spec declares both (Version deprecated)
                return FakeResponse.json(200, o);
            }
            return FakeEngine.notFound(r);
        }
        if (s.length != 4) {
            return FakeEngine.notFound(r);
        }
        String name = s[3];
        switch (m) {
            case "GET": {
                Model.Secret sec = a.secrets.get(name);
                return sec == null ? FakeResponse.error(404, "secret not found")
                        : FakeResponse.json(200, secretJson(sec, "true".equals(r.param("show_secrets"))));
            }
            case "POST": {
                JsonNode b = FakeJson.parse(r.body());
                if (!b.hasNonNull("value")) {
                    return FakeResponse.error(400, "value is required");
                }
                Model.Secret sec = putSecret(a, name, b.get("value").asText());
                a.secretsVersion++;
                ObjectNode o = secretJson(sec, false);
                o.put("version", a.secretsVersion);
                o.put("Version", a.secretsVersion); // the spec declares both (Version deprecated)
                return FakeResponse.json(201, o);
            }
            case "DELETE": {
                if (a.secrets.remove(name) == null) {
                    return FakeResponse.error(404, "secret not found");
                }
                a.secretsVersion++;
                return FakeResponse.json(200, FakeJson.obj().put("version", a.secretsVersion)
                        .put("Version", a.secretsVersion));
            }
            default:
                return FakeEngine.notFound(r);
        }
    }

    Model.Secret putSecret(Model.App a, String name, String value) {
        Model.Secret old = a.secrets.get(name);
        Instant now = clock.instant();
        Model.Secret sec = new Model.Secret(name, value,
                HexFormat.of().formatHex(FakeUtil.sha256(value)).substring(0, 16), old == null ? now : old.createdAt(), now);
        a.secrets.put(name, sec);
        return sec;
    }

    static ObjectNode secretJson(Model.Secret s, boolean withValue) {
        ObjectNode o = FakeJson.obj();
        o.put("name", s.name());
        o.put("digest", s.digest());
        o.put("created_at", s.createdAt().toString());
        o.put("updated_at", s.updatedAt().toString());
        if (withValue) {
            o.put("value", s.value());
        }
        return o;
    }

    static FakeResponse checkSecretsVersion(Model.App a, JsonNode body) {
        if (body.has("min_secrets_version") && !body.get("min_secrets_version").isNull()
                && body.get("min_secrets_version").asLong() > a.secretsVersion) {
            return FakeResponse.error(400, "min_secrets_version " + body.get("min_secrets_version").asLong()
                    + " is newer than the app's secrets version " + a.secretsVersion);
        }
        return null;
    }

}
