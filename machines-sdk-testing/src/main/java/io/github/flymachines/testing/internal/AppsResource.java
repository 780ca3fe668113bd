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

/** Apps: create (with the live API's {@code app_name} alias), list, get, delete. Guarded by the app's lock ({@code synchronized (app)}). */
final class AppsResource extends FakePart {
    AppsResource(FakeState s) {
        super(s);
    }
    static final Pattern APP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    /** Test control: creates an app (no-op when it exists). */
    void createApp(String name, String org) {
        s.putIfAbsent(new Model.App(ids.appId(), name, org, "default", clock.instant()));
    }

    /** The app, created on first use when the fake auto-creates apps; null when none. */
    Model.App app(String name) {
        Model.App a = s.app(name);
        if (a == null && settings.autoCreateApps() && APP_NAME.matcher(name).matches()) {
            createApp(name, settings.org());
            a = s.app(name);
        }
        return a;
    }

    FakeResponse listApps(FakeRequest r) {
        String org = r.param("org_slug");
        if (org == null || org.isBlank()) {
            return FakeResponse.error(400, "org_slug is required");
        }
        ArrayNode list = FakeJson.arr();
        for (Model.App a : s.apps()) {
            if (org.equals(a.org) || org.equals("personal") && a.org.equals(settings.org())) {
                synchronized (a) {
                    list.add(appJson(a));
                }
            }
        }
        ObjectNode o = FakeJson.obj();
        o.set("apps", list);
        o.put("total_apps", list.size());
        return FakeResponse.json(200, o);
    }

    FakeResponse createApp(FakeRequest r) {
        JsonNode b = FakeJson.parse(r.body());
        // the live API also takes {"app_name": ..., "org_slug": ...}, as Fly's docs and older clients send
        String name = FakeUtil.text(b, "name");
        if (name == null) {
            name = FakeUtil.text(b, "app_name");
        }
        String org = FakeUtil.text(b, "org_slug");
        if (name == null || !APP_NAME.matcher(name).matches()) {
            return FakeResponse.error(400, "invalid app name: must be lower-case letters, digits and dashes");
        }
        if (org == null || org.isBlank()) {
            return FakeResponse.error(400, "org_slug is required");
        }
        String network = FakeUtil.text(b, "network");
        Model.App a = new Model.App(ids.appId(), name, org.equals("personal") ? settings.org() : org,
                network == null ? "default" : network, clock.instant());
        if (s.putIfAbsent(a) != a) {
            return FakeResponse.error(422, "Name has already been taken", "name_taken");
        }
        ObjectNode o = FakeJson.obj();
        o.put("id", a.id);
        o.put("created_at", a.createdAt.toEpochMilli());
        return FakeResponse.json(201, o);
    }

    FakeResponse getApp(String name) {
        Model.App a = app(name);
        if (a == null) {
            return FakeResponse.error(404, "app not found");
        }
        synchronized (a) {
            return FakeResponse.json(200, appJson(a));
        }
    }

    FakeResponse deleteApp(String name) {
        Model.App a = s.app(name);
        if (a == null) {
            return FakeResponse.error(404, "app not found");
        }
        synchronized (a) {
            for (Model.Machine m : a.machines.values()) {
                if (!m.state.equals("destroyed")) {
                    m.generation++;
                    m.lease = null;
                    s.lifecycle.setState(m, "destroyed", "destroy", "user", null);
                }
            }
            a.deleted = true;
            s.remove(name);
        }
        return FakeResponse.empty(202);
    }

    ObjectNode appJson(Model.App a) {
        ObjectNode o = FakeJson.obj();
        o.put("id", a.id);
        o.put("name", a.name);
        long live = a.machines.values().stream().filter(m -> !m.state.equals("destroyed")).count();
        o.put("status", live > 0 ? "deployed" : "pending");
        ObjectNode org = o.putObject("organization");
        org.put("name", a.org);
        org.put("slug", a.org);
        o.put("network", a.network);
        o.put("machine_count", live);
        o.put("volume_count", a.volumes.size());
        return o;
    }
}
